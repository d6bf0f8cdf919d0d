import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';
import { readQr } from './qrScan';

type CameraState = 'off' | 'starting' | 'scanning' | 'noCamera' | 'denied';

/** Scans a QR code with the camera; calls onText once with what it read, then stops. */
export function QrScanner({ onText }: { onText: (text: string) => void }) {
  const [state, setState] = useState<CameraState>('off');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const report = useRef(onText);
  useEffect(() => {
    report.current = onText;
  }, [onText]);

  function stop() {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  }

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('noCamera');
      return;
    }
    setState('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      setState('scanning');
    } catch (e) {
      setState(e instanceof DOMException && e.name === 'NotAllowedError' ? 'denied' : 'noCamera');
    }
  }

  useEffect(() => {
    if (state !== 'scanning' || !video.current || !stream.current) return;
    const element = video.current;
    element.srcObject = stream.current;
    void element.play().catch(() => undefined);
    let cancelled = false;
    let timer = 0;
    // A few frames a second is plenty and keeps the phone cool.
    const tick = async () => {
      if (cancelled) return;
      const text = await readQr(element, element.videoWidth, element.videoHeight).catch(() => null);
      if (cancelled) return;
      if (text) {
        stop();
        setState('off');
        report.current(text);
        return;
      }
      timer = window.setTimeout(() => void tick(), 300);
    };
    timer = window.setTimeout(() => void tick(), 300);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [state]);

  useEffect(() => stop, []);

  return (
    <div className="qr-scanner">
      {state === 'scanning' ? (
        <>
          <p>{t('import.scan.looking')}</p>
          <video ref={video} className="qr-video" muted playsInline aria-label={t('import.scan.video')} />
          <button
            type="button"
            className="button"
            onClick={() => {
              stop();
              setState('off');
            }}
          >
            {t('import.scan.stop')}
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => void start()} disabled={state === 'starting'}>
          {t('import.scan.start')}
        </button>
      )}
      {state === 'noCamera' || state === 'denied' ? (
        <p role="status">{t(state === 'denied' ? 'import.scan.denied' : 'import.scan.noCamera')}</p>
      ) : null}
    </div>
  );
}
