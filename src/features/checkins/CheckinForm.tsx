import { useState, type FormEvent } from 'react';
import type { CheckIn, Goal, LocalDay } from '../../db';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { TextArea, TextField } from '../../ui/Field';
import { RatingScale } from '../../ui/RatingScale';
import { useFormDraft } from '../goals/useFormDraft';
import { checkinsRepo } from './checkins.repo';

interface CheckinFormProps {
  day: LocalDay;
  slot: string;
  goals: Goal[];
  existing: CheckIn | null;
  onSaved: () => void;
}

type Fields = { values: Record<string, string>; overall: number | null; note: string };

/** Ratings for each active goal, "overall" 0–10 and a note. A goal can be left unrated. */
export function CheckinForm(props: CheckinFormProps) {
  // Half-done answers are kept as a draft (and flushed before any reload).
  const draft = useFormDraft<Fields>(`checkin:${props.slot}:${props.day}`, 'checkin');
  return draft.loaded ? <CheckinFields {...props} saved={draft.saved} keep={draft.keep} clear={draft.clear} /> : null;
}

function CheckinFields({
  day,
  slot,
  goals,
  existing,
  onSaved,
  saved,
  keep,
  clear,
}: CheckinFormProps & { saved: Fields | undefined; keep: (f: Fields) => void; clear: () => Promise<void> }) {
  const [fields, setFields] = useState<Fields>(
    () =>
      saved ?? {
        values: Object.fromEntries((existing?.ratings ?? []).map((r) => [r.goalId, String(r.value)])),
        overall: existing?.overall ?? null,
        note: existing?.note ?? '',
      },
  );
  const values = new Map(Object.entries(fields.values));
  const { overall, note } = fields;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const change = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    keep(next);
  };
  const setValue = (goalId: string, value: string) => change({ values: { ...fields.values, [goalId]: value } });
  const setOverall = (value: number) => change({ overall: value });
  const setNote = (text: string) => change({ note: text });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const ratings: { goalId: string; value: number }[] = [];
    for (const goal of goals) {
      const raw = values.get(goal.id)?.trim() ?? '';
      if (raw === '') continue;
      const value = Number(raw);
      const metric = goal.metric;
      if (!Number.isFinite(value)) found[goal.id] = t('checkin.error.number', { unit: metric.kind === 'custom' ? metric.unit : '' });
      else if (metric.kind === 'rating' && (value < 0 || value > 10 || !Number.isInteger(value))) found[goal.id] = t('checkin.error.rating');
      else ratings.push({ goalId: goal.id, value });
    }
    if (overall === null) found.overall = t('checkin.error.overall');
    setErrors(found);
    if (Object.keys(found).length > 0 || overall === null) return;
    setBusy(true);
    try {
      await checkinsRepo.saveForDaySlot({ day, slot, ratings, overall, note });
      await clear();
      onSaved();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const goalId = error.field.startsWith('rating:') ? error.field.slice('rating:'.length) : 'overall';
      setErrors({ [goalId]: error.field === 'day' ? t('checkin.error.future') : t('checkin.error.rating') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {goals.map((goal) => {
        const metric = goal.metric;
        const raw = values.get(goal.id) ?? '';
        return metric.kind === 'rating' ? (
          <div key={goal.id}>
            <RatingScale
              legend={t('checkin.goalRating', { goal: goal.title, label: metric.label })}
              lowLabel={metric.lowLabel}
              highLabel={metric.highLabel}
              value={raw === '' ? null : Number(raw)}
              onChange={(v) => setValue(goal.id, String(v))}
            />
            {errors[goal.id] ? (
              <p className="field-error" role="alert">
                {errors[goal.id]}
              </p>
            ) : null}
          </div>
        ) : (
          <TextField
            key={goal.id}
            label={t('checkin.goalCustom', { goal: goal.title, unit: metric.unit })}
            hint={t('checkin.goalCustomHint', { target: metric.target, unit: metric.unit })}
            inputMode="decimal"
            value={raw}
            onChange={(e) => setValue(goal.id, e.target.value)}
            error={errors[goal.id]}
          />
        );
      })}
      <RatingScale
        legend={t('checkin.overall')}
        lowLabel={t('checkin.overall.low')}
        highLabel={t('checkin.overall.high')}
        value={overall}
        onChange={setOverall}
      />
      <p className="field-error" role="alert">
        {errors.overall ?? ''}
      </p>
      <TextArea label={t('checkin.note')} hint={t('checkin.noteHint')} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {existing ? t('checkin.saveChanges') : t('checkin.save')}
        </button>
      </div>
    </form>
  );
}
