import { useState, type FormEvent } from 'react';
import type { JsonObject } from '../../db';
import { t } from '../../i18n';
import { isLocalDay, todayLocal } from '../../lib/days';
import { ValidationError } from '../../lib/errors';
import { TextArea, TextField } from '../../ui/Field';
import { useDraftState } from '../pastself/useDraftState';
import { BodyCheckFields, bodyCheckFrom } from './BodyCheckFields';
import { patternActions } from './usePatterns';
import { SubmitRow } from '../../ui/SubmitRow';

interface LogDraft extends JsonObject {
  day: string;
  what: string;
  areas: string[];
  feeling: string;
  intensity: number | null;
  whatIDid: string;
  tryNext: string;
}

const empty = (): LogDraft => ({ day: todayLocal(), what: '', areas: [], feeling: '', intensity: null, whatIDid: '', tryNext: '' });
const str = (x: unknown, d: string): string => (typeof x === 'string' ? x : d);

function read(p: JsonObject, f: LogDraft): LogDraft {
  return {
    day: str(p.day, f.day),
    what: str(p.what, ''),
    areas: Array.isArray(p.areas) ? p.areas.filter((a): a is string => typeof a === 'string') : [],
    feeling: str(p.feeling, ''),
    intensity: typeof p.intensity === 'number' ? p.intensity : null,
    whatIDid: str(p.whatIDid, ''),
    tryNext: str(p.tryNext, ''),
  };
}

type Errors = Partial<Record<'what' | 'day' | 'body', string>>;

/** "It showed up": what happened, what the body said, what I did, what I'd like to try. Kept as a draft while typing. */
export function LogPatternForm({ patternId, name }: { patternId: string; name: string }) {
  const draft = useDraftState<LogDraft>(`pattern-log:${patternId}`, 'pattern-log', () => Promise.resolve(empty()), read);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const d = draft.value;
  if (!d) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!d) return;
    const today = todayLocal();
    const next: Errors = {};
    if (d.what.trim() === '') next.what = t('patterns.log.error.what');
    if (!isLocalDay(d.day)) next.day = t('patterns.log.error.day');
    else if (d.day > today) next.day = t('patterns.log.error.future');
    const body = bodyCheckFrom(d);
    if (body === 'partial') next.body = t('patterns.log.error.body');
    setErrors(next);
    if (Object.keys(next).length > 0 || body === 'partial') return;
    try {
      await patternActions.log({ patternId, day: d.day, what: d.what, whatIDid: d.whatIDid.trim(), tryNext: d.tryNext.trim(), ...(body ? { bodyCheck: body } : {}) });
      await draft.reset(empty());
      setStatus(t('patterns.log.saved'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setErrors({ what: t('patterns.log.error.what') });
    }
  }

  const edit = (patch: Partial<LogDraft>) => {
    draft.change(patch);
    setStatus('');
  };

  return (
    <form className="card" aria-labelledby="pattern-log" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="pattern-log">{t('patterns.log.title', { name })}</h2>
      <TextArea label={t('patterns.log.what')} hint={t('patterns.log.what.hint')} rows={3} value={d.what} error={errors.what} onChange={(e) => edit({ what: e.target.value })} />
      <TextField label={t('patterns.log.day')} type="date" max={todayLocal()} value={d.day} error={errors.day} onChange={(e) => edit({ day: e.target.value })} />
      <BodyCheckFields value={d} error={errors.body} onChange={(patch) => edit(patch)} />
      <TextArea label={t('patterns.log.did')} hint={t('patterns.log.did.hint')} rows={2} value={d.whatIDid} onChange={(e) => edit({ whatIDid: e.target.value })} />
      <TextArea label={t('patterns.log.try')} rows={2} value={d.tryNext} onChange={(e) => edit({ tryNext: e.target.value })} />
      <SubmitRow label={t('patterns.log.save')} status={status} primary />
    </form>
  );
}
