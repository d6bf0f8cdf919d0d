import { useRef, useState } from 'react';
import { t } from '../../i18n';

/** The link as selectable text, with Copy and (where the system offers it) Share. */
export function ShareLink({ link }: { link: string }) {
  const [status, setStatus] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const canShare = typeof navigator.share === 'function';

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('therapists.copied'));
    } catch {
      // No clipboard permission (or an old browser): let the person copy it by hand.
      field.current?.select();
      setStatus(t('therapists.copyManual'));
    }
  }

  async function share() {
    try {
      await navigator.share({ title: t('therapists.shareTitle'), url: link });
    } catch {
      // Closing the share sheet is not a problem worth reporting.
    }
  }

  return (
    <div className="share-link">
      <div className="field">
        <label htmlFor="question-link">{t('therapists.result.link')}</label>
        <input id="question-link" ref={field} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
      </div>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void copy()}>
          {t('therapists.copy')}
        </button>
        {canShare ? (
          <button type="button" className="button" onClick={() => void share()}>
            {t('therapists.share')}
          </button>
        ) : null}
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
