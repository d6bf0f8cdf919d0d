import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { registerFlusher } from '../../pwa/flush';
import { FieldShell, TextArea } from '../../ui/Field';
import type { CaptureKind } from './captureKind';
import { captureActions, type CaptureDraft } from './useCapture';

const kinds: { kind: CaptureKind; label: 'today.capture.success' | 'today.capture.surprise' | 'today.capture.journal' }[] = [
  { kind: 'success', label: 'today.capture.success' },
  { kind: 'surprise', label: 'today.capture.surprise' },
  { kind: 'journal', label: 'today.capture.journal' },
];

const textLabel = {
  success: 'moments.text.success',
  surprise: 'moments.text.surprise',
  journal: 'today.capture.journalLabel',
} as const;

const savedMessage = {
  success: 'moments.saved.success',
  surprise: 'moments.saved.surprise',
  journal: 'today.capture.savedJournal',
} as const;

interface Props {
  /** From the home-screen shortcut (?capture=success): open that form, focused. */
  initialKind?: CaptureKind | undefined;
  onSaved?: () => void;
}

/** Two taps to note a success, a surprise or a journal line, right on Today. */
export function QuickCapture({ initialKind, onSaved }: Props) {
  const [draft, setDraft] = useState<CaptureDraft | null>(initialKind ? { kind: initialKind, text: '', detail: '' } : null);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  });

  // Bring back words left here before a reload, unless a shortcut asked for a fresh form.
  useEffect(() => {
    let live = true;
    void captureActions.readDraft().then((kept) => {
      if (live && kept && (!initialKind || kept.kind === initialKind)) setDraft(kept);
    });
    return () => {
      live = false;
    };
  }, [initialKind]);

  useEffect(() => registerFlusher(() => (latest.current ? captureActions.keepDraft(latest.current) : undefined)), []);

  // Autosave the words shortly after typing pauses.
  useEffect(() => {
    if (!draft) return;
    const timer = window.setTimeout(() => void captureActions.keepDraft(draft), 400);
    return () => window.clearTimeout(timer);
  }, [draft]);

  const openKind = draft?.kind;
  useEffect(() => {
    if (!openKind) return;
    // After Screen's own focus handling (a parent effect, which runs after ours).
    const timer = window.setTimeout(() => input.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [openKind]);

  function choose(kind: CaptureKind) {
    setSaved('');
    setError(undefined);
    setDraft((d) => (d?.kind === kind ? null : { kind, text: d?.text ?? '', detail: d?.detail ?? '' }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    try {
      await captureActions.save(draft);
      setSaved(t(savedMessage[draft.kind]));
      setError(undefined);
      setDraft(null);
      onSaved?.();
    } catch (e) {
      if (e instanceof ValidationError && (e.field === 'text' || e.field === 'body')) setError(t('moments.error.text'));
      else throw e;
    }
  }

  return (
    <section className="card" aria-labelledby="quick-capture">
      <h2 id="quick-capture">{t('today.capture.heading')}</h2>
      <div className="chip-row">
        {kinds.map(({ kind, label }) => (
          <button key={kind} type="button" className="chip" aria-pressed={draft?.kind === kind} onClick={() => choose(kind)}>
            {t(label)}
          </button>
        ))}
      </div>
      {draft ? (
        <form className="capture-form" onSubmit={(e) => void submit(e)}>
          <FieldShell label={t(textLabel[draft.kind])} error={error}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                ref={input}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={draft.text}
                enterKeyHint="done"
                onChange={(e) => setDraft({ ...draft, text: e.target.value })}
              />
            )}
          </FieldShell>
          {draft.kind !== 'journal' ? (
            <TextArea
              label={t('moments.detail')}
              rows={2}
              value={draft.detail}
              onChange={(e) => setDraft({ ...draft, detail: e.target.value })}
            />
          ) : null}
          <div className="actions">
            <button type="submit" className="button primary">
              {t('today.capture.save')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setDraft(null);
                setError(undefined);
                void captureActions.discardDraft();
              }}
            >
              {t('today.capture.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <p role="status" className="capture-saved">
        {saved}
      </p>
      {saved ? <Link to="/moments">{t('today.capture.seeAll')}</Link> : null}
    </section>
  );
}
