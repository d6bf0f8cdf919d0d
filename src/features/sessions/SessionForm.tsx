import { useState, type FormEvent } from 'react';
import type { Session } from '../../db';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { TextArea, TextField } from '../../ui/Field';
import { useFormDraft } from '../goals/useFormDraft';
import { fromInputs, toInputs } from './format';
import { sessionsRepo } from './sessions.repo';

interface SessionFormProps {
  session?: Session;
  /** Prefilled date for a new session. */
  defaultDate: string;
  defaultTime?: string;
  submitLabel: string;
  onSaved: (session: Session) => void;
}

type Errors = Partial<Record<'date' | 'time', string>>;

type Fields = { date: string; time: string; note: string; bringUp: string };

/** Add or edit one session: when it was (or will be), a note and what to bring up. */
export function SessionForm(props: SessionFormProps) {
  // Unsaved words are kept as a draft (and flushed before any reload).
  const draft = useFormDraft<Fields>(props.session ? `session:${props.session.id}` : 'session:new', 'session');
  return draft.loaded ? <SessionFields {...props} saved={draft.saved} keep={draft.keep} clear={draft.clear} /> : null;
}

function SessionFields({
  session,
  defaultDate,
  defaultTime = '10:00',
  submitLabel,
  onSaved,
  saved,
  keep,
  clear,
}: SessionFormProps & { saved: Fields | undefined; keep: (f: Fields) => void; clear: () => Promise<void> }) {
  const initial = session ? toInputs(session.startsAt) : { date: defaultDate, time: defaultTime };
  const [fields, setFields] = useState<Fields>(saved ?? { ...initial, note: session?.note ?? '', bringUp: session?.bringUp ?? '' });
  const { date, time, note, bringUp } = fields;
  const change = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    keep(next);
  };
  const setDate = (date: string) => change({ date });
  const setTime = (time: string) => change({ time });
  const setNote = (note: string) => change({ note });
  const setBringUp = (bringUp: string) => change({ bringUp });
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!date) return setErrors({ date: t('sessions.error.date') });
    if (!time) return setErrors({ time: t('sessions.error.time') });
    const startsAt = fromInputs(date, time);
    if (!startsAt) return setErrors({ date: t('sessions.error.date') });
    setBusy(true);
    try {
      const input = { startsAt, day: date, note, bringUp };
      const row = session ? await sessionsRepo.update(session.id, input) : await sessionsRepo.add(input);
      setErrors({});
      await clear();
      if (!session) setFields({ ...fields, note: '', bringUp: '' });
      onSaved(row);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setErrors({ date: error.params.reason === 'farFuture' ? t('sessions.error.farFuture') : t('sessions.error.date') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="session-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="session-when">
        <TextField label={t('sessions.form.date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} error={errors.date} required />
        <TextField label={t('sessions.form.time')} type="time" value={time} onChange={(e) => setTime(e.target.value)} error={errors.time} required />
      </div>
      <TextArea label={t('sessions.form.bringUp')} hint={t('sessions.form.bringUpHint')} value={bringUp} onChange={(e) => setBringUp(e.target.value)} rows={3} />
      <TextArea label={t('sessions.form.note')} hint={t('sessions.form.noteHint')} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
