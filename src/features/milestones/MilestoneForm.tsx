import { useState, type FormEvent } from 'react';
import type { Milestone, Schedule } from '../../db';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { ChipGroup } from '../../ui/ChipGroup';
import { FieldShell, TextField } from '../../ui/Field';
import { saveOrErrors, type FieldErrors } from '../goals/errors';
import { dayKeys } from './describe';
import { MAX_DAYS_AHEAD } from './limits';
import { shiftDay } from './schedule';
import { milestoneActions } from './useMilestones';

type Kind = Schedule['kind'];
const kinds: Kind[] = ['daily', 'perWeek', 'weekdays', 'once'];
const kindLabel = {
  daily: 'milestones.schedule.daily',
  perWeek: 'milestones.schedule.perWeek',
  weekdays: 'milestones.schedule.weekdays',
  once: 'milestones.schedule.once',
} as const;
// Monday first on screen; values stay 0 = Sunday.
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  goalId: string;
  /** Editing an existing step; otherwise a new one is added. */
  initial?: Milestone;
  onDone: () => void;
}

/** Add a small step under a goal, or change one. */
export function MilestoneForm({ goalId, initial, onDone }: Props) {
  const today = todayLocal();
  const s = initial?.schedule;
  const [title, setTitle] = useState(initial?.title ?? '');
  const [kind, setKind] = useState<Kind>(s?.kind ?? 'daily');
  const [times, setTimes] = useState(s?.kind === 'perWeek' ? String(s.times) : '3');
  const [days, setDays] = useState<string[]>(s?.kind === 'weekdays' ? s.days.map(String) : []);
  const [by, setBy] = useState(s?.kind === 'once' ? s.by : shiftDay(today, 7));
  const [amount, setAmount] = useState(initial?.target ? String(initial.target.amount) : '');
  const [unit, setUnit] = useState(initial?.target?.unit ?? '');
  const formId = initial ? `edit-step-${initial.id}` : `add-step-${goalId}`;
  const [errors, setErrors] = useState<FieldErrors>({});

  function schedule(): Schedule {
    switch (kind) {
      case 'daily':
        return { kind };
      case 'perWeek':
        return { kind, times: times.trim() === '' ? NaN : Number(times) };
      case 'weekdays':
        return { kind, days: days.map(Number) };
      case 'once':
        return { kind, by };
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const hasTarget = amount.trim() !== '' || unit.trim() !== '';
    const target = hasTarget ? { amount: amount.trim() === '' ? NaN : Number(amount), unit: unit.trim() } : undefined;
    const found = await saveOrErrors(() =>
      initial
        ? milestoneActions.edit(initial.id, { title, schedule: schedule(), target })
        : milestoneActions.add({ goalId, title, schedule: schedule(), status: 'active', startDay: todayLocal(), ...(target ? { target } : {}) }),
    );
    setErrors(found ?? {});
    if (!found) {
      if (!initial) {
        setTitle('');
        setAmount('');
        setUnit('');
      }
      onDone();
    }
  }

  return (
    <form className="milestone-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={formId}>
      {initial ? (
        <h4 id={formId}>{t('milestones.edit')}</h4>
      ) : (
        <h3 id={formId}>{t('milestones.add')}</h3>
      )}
      <TextField
        label={t('milestones.field.title')}
        hint={t('milestones.field.title.hint')}
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <fieldset className="choice">
        <legend>{t('milestones.field.schedule')}</legend>
        {kinds.map((k) => (
          <label key={k} className="choice-option">
            <input type="radio" name={`schedule-${formId}`} checked={kind === k} onChange={() => setKind(k)} />
            <span>{t(kindLabel[k])}</span>
          </label>
        ))}
      </fieldset>
      {kind === 'perWeek' ? (
        <FieldShell label={t('milestones.field.times')} error={errors['schedule.times']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="number" inputMode="numeric" min="1" max="7" aria-describedby={describedBy}
              aria-invalid={invalid || undefined} value={times} onChange={(e) => setTimes(e.target.value)} />
          )}
        </FieldShell>
      ) : null}
      {kind === 'weekdays' ? (
        <>
          <ChipGroup
            legend={t('milestones.field.days')}
            options={weekOrder.map((d) => ({ value: String(d), label: t(dayKeys[d] ?? 'milestones.day.mon') }))}
            selected={days}
            onChange={setDays}
          />
          <p className="field-error" role="alert">
            {errors['schedule.days'] ?? ''}
          </p>
        </>
      ) : null}
      {kind === 'once' ? (
        <FieldShell label={t('milestones.field.by')} error={errors['schedule.by']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="date" min={today} max={shiftDay(today, MAX_DAYS_AHEAD)} aria-describedby={describedBy}
              aria-invalid={invalid || undefined} value={by} onChange={(e) => setBy(e.target.value)} />
          )}
        </FieldShell>
      ) : null}
      <div className="target-row">
        <FieldShell label={t('milestones.field.target')} error={errors['target.amount']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="number" inputMode="decimal" min="0" step="any" aria-describedby={describedBy}
              aria-invalid={invalid || undefined} value={amount} onChange={(e) => setAmount(e.target.value)} />
          )}
        </FieldShell>
        <TextField label={t('milestones.field.targetUnit')} value={unit} error={errors['target.unit']} onChange={(e) => setUnit(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="button primary">
          {t(initial ? 'milestones.saveChanges' : 'milestones.save')}
        </button>
        {initial ? (
          <button type="button" className="button" onClick={onDone}>
            {t('goals.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
