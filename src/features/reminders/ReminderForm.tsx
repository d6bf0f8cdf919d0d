import { useId, useState, type FormEvent } from 'react';
import type { Reminder, ReminderTargetKind } from '../../db';
import type { NewReminder } from './reminders.repo';
import { t } from '../../i18n';
import { Link } from '../../app/Link';
import { ValidationError } from '../../lib/errors';
import { ChipGroup } from '../../ui/ChipGroup';
import { FieldShell, TextArea, TextField } from '../../ui/Field';
import { dayName, kindKeys, weekOrder } from './labels';
import { useActiveMilestones } from './useReminders';
import { MAX_BEFORE_SESSION_HOURS } from './occurrences';

const kinds: ReminderTargetKind[] = ['milestone', 'checkin', 'question', 'journal', 'sessionPrep', 'standalone'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Offered as suggestions; any whole number of hours up to a week is fine. */
const HOUR_CHOICES = [1, 2, 3, 6, 12, 24, 48];

type Errors = Partial<Record<'times' | 'hours' | 'title' | 'milestone' | 'quiet' | 'days' | 'general', string>> & { timeRow?: number };
type When = 'beforeSession' | 'times';

interface Props {
  initial?: Reminder;
  /** For a new reminder: what it is attached to (e.g. from a milestone's screen). */
  target?: { kind: ReminderTargetKind; id?: string };
  onSave: (input: NewReminder) => Promise<unknown>;
  onCancel: () => void;
}

function repoErrors(error: ValidationError): Errors {
  if (error.field === 'times') return { times: t(error.messageKey === 'validation.required' ? 'reminders.error.noTime' : 'reminders.error.badTime') };
  if (error.field.startsWith('beforeSession')) return { hours: t('reminders.error.hours', { max: MAX_BEFORE_SESSION_HOURS }) };
  if (error.field === 'title') return { title: t('reminders.error.title') };
  if (error.field.startsWith('quiet')) return { quiet: t('reminders.error.quiet') };
  if (error.field === 'weekdays') return { days: t('reminders.error.days') };
  return { general: t('reminders.error.general') };
}

/** Create or change a reminder. Bad input shows inline and nothing is saved. */
export function ReminderForm({ initial, target, onSave, onCancel }: Props) {
  const milestones = useActiveMilestones();
  const checkId = useId();
  const quietId = useId();
  const hourListId = useId();
  const [kind, setKind] = useState<ReminderTargetKind>(initial?.target.kind ?? target?.kind ?? 'standalone');
  const [milestoneId, setMilestoneId] = useState(initial?.target.id ?? (target?.kind === 'milestone' ? target.id : undefined) ?? '');
  // Session prep comes before each session unless an existing one was made for set times.
  const [when, setWhen] = useState<When>(initial && !initial.beforeSession ? 'times' : 'beforeSession');
  const [hours, setHours] = useState(String(initial?.beforeSession?.hours ?? 24));
  const [times, setTimes] = useState<string[]>(initial?.times.length ? initial.times : ['']);
  const [weekdays, setWeekdays] = useState<number[]>(initial?.weekdays ?? []);
  const [quietOn, setQuietOn] = useState(Boolean(initial?.quiet));
  const [quietFrom, setQuietFrom] = useState(initial?.quiet?.from ?? '22:00');
  const [quietTo, setQuietTo] = useState(initial?.quiet?.to ?? '07:00');
  const [title, setTitle] = useState(initial?.title ?? t('reminders.default.title'));
  const [body, setBody] = useState(initial?.body ?? t('reminders.default.body'));
  const [details, setDetails] = useState(initial?.showDetails === 1);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const beforeSession = kind === 'sessionPrep' && when === 'beforeSession';
  const hoursValue = Number(hours.trim());

  function check(): Errors {
    if (beforeSession) {
      if (hours.trim() === '' || !Number.isInteger(hoursValue) || hoursValue < 1 || hoursValue > MAX_BEFORE_SESSION_HOURS) {
        return { hours: t('reminders.error.hours', { max: MAX_BEFORE_SESSION_HOURS }) };
      }
    } else {
      const timeErrors = checkTimes();
      if (timeErrors) return timeErrors;
    }
    if (kind === 'milestone' && !milestoneId) return { milestone: t('reminders.error.milestone') };
    if (quietOn && (!TIME.test(quietFrom) || !TIME.test(quietTo))) return { quiet: t('reminders.error.quiet') };
    if (title.trim() === '') return { title: t('reminders.error.title') };
    return {};
  }

  function checkTimes(): Errors | undefined {
    const filled = times.map((x) => x.trim());
    if (filled.every((x) => x === '')) return { times: t('reminders.error.noTime'), timeRow: 0 };
    const bad = filled.findIndex((x) => x !== '' && !TIME.test(x));
    if (bad >= 0) return { times: t('reminders.error.badTime'), timeRow: bad };
    return undefined;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const targetId = kind === 'milestone' ? milestoneId : kind === initial?.target.kind || kind === target?.kind ? (initial?.target.id ?? target?.id) : undefined;
    const input: NewReminder = {
      target: targetId ? { kind, id: targetId } : { kind },
      ...(beforeSession
        ? { times: [], weekdays: [], beforeSession: { hours: hoursValue } }
        : { times: times.map((x) => x.trim()).filter((x) => x !== ''), weekdays }),
      title,
      body: body.trim(),
      showDetails: details ? 1 : 0,
      enabled: initial?.enabled ?? 1,
      ...(quietOn ? { quiet: { from: quietFrom, to: quietTo } } : {}),
    };
    try {
      await onSave(input);
    } catch (error) {
      setErrors(error instanceof ValidationError ? repoErrors(error) : { general: t('reminders.error.general') });
    } finally {
      setBusy(false);
    }
  }

  const setTime = (i: number, value: string) => setTimes(times.map((x, j) => (j === i ? value : x)));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ChipGroup
        legend={t('reminders.form.kind')}
        single
        options={kinds.map((k) => ({ value: k, label: t(kindKeys[k]) }))}
        selected={[kind]}
        onChange={(sel) => setKind((sel[0] as ReminderTargetKind | undefined) ?? kind)}
      />
      {kind === 'milestone' ? (
        milestones && milestones.length === 0 ? (
          <p>
            {t('reminders.form.milestone.none')} <Link to="/goals">{t('reminders.form.milestone.goals')}</Link>
          </p>
        ) : (
          <FieldShell label={t('reminders.form.milestone')} error={errors.milestone}>
            {({ id, describedBy, invalid }) => (
              <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} value={milestoneId} onChange={(e) => setMilestoneId(e.target.value)}>
                <option value="">{t('reminders.form.milestone.pick')}</option>
                {(milestones ?? []).map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
        )
      ) : null}
      {kind === 'sessionPrep' ? (
        <ChipGroup
          legend={t('reminders.form.when')}
          single
          options={[
            { value: 'beforeSession', label: t('reminders.form.when.beforeSession') },
            { value: 'times', label: t('reminders.form.when.times') },
          ]}
          selected={[when]}
          onChange={(sel) => setWhen((sel[0] as When | undefined) ?? when)}
        />
      ) : null}
      {beforeSession ? (
        <>
          <TextField
            label={t('reminders.form.hours')}
            hint={t('reminders.form.hours.hint', { max: MAX_BEFORE_SESSION_HOURS })}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_BEFORE_SESSION_HOURS}
            step={1}
            list={hourListId}
            value={hours}
            error={errors.hours}
            onChange={(e) => setHours(e.target.value)}
          />
          <datalist id={hourListId}>
            {HOUR_CHOICES.map((h) => (
              <option key={h} value={h} />
            ))}
          </datalist>
        </>
      ) : (
        <>
          <fieldset>
            <legend>{t('reminders.form.times')}</legend>
            <div className="reminder-times">
              {times.map((value, i) => (
                <div className="reminder-time-row" key={i}>
                  <TextField
                    label={t('reminders.form.time', { n: i + 1 })}
                    type="time"
                    value={value}
                    error={errors.times && (errors.timeRow ?? 0) === i ? errors.times : undefined}
                    onChange={(e) => setTime(i, e.target.value)}
                  />
                  {times.length > 1 ? (
                    <button type="button" className="button" onClick={() => setTimes(times.filter((_, j) => j !== i))}>
                      {t('reminders.form.removeTime', { n: i + 1 })}
                    </button>
                  ) : null}
                </div>
              ))}
            </div>
            <button type="button" className="button" onClick={() => setTimes([...times, ''])}>
              {t('reminders.form.addTime')}
            </button>
          </fieldset>
          <ChipGroup
            legend={t('reminders.form.days')}
            options={weekOrder.map((d) => ({ value: String(d), label: dayName(d) }))}
            selected={weekdays.map(String)}
            onChange={(sel) => setWeekdays(sel.map(Number).sort((a, b) => a - b))}
          />
          <p className="field-hint">{t('reminders.form.days.hint')}</p>
          {errors.days ? <p className="field-error" role="alert">{errors.days}</p> : null}
        </>
      )}
      <div className="reminder-check">
        <input id={quietId} type="checkbox" checked={quietOn} onChange={(e) => setQuietOn(e.target.checked)} aria-describedby={`${quietId}-hint`} />
        <div>
          <label htmlFor={quietId}>{t('reminders.form.quiet')}</label>
          <p id={`${quietId}-hint`} className="field-hint">
            {t(beforeSession ? 'reminders.form.quiet.hintSession' : 'reminders.form.quiet.hint')}
          </p>
        </div>
      </div>
      {quietOn ? (
        <div className="reminder-quiet">
          <TextField label={t('reminders.form.quietFrom')} type="time" value={quietFrom} error={errors.quiet} onChange={(e) => setQuietFrom(e.target.value)} />
          <TextField label={t('reminders.form.quietTo')} type="time" value={quietTo} onChange={(e) => setQuietTo(e.target.value)} />
        </div>
      ) : null}
      <TextField label={t('reminders.form.wording')} hint={t('reminders.form.wording.hint')} value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} />
      <TextArea label={t('reminders.form.body')} value={body} rows={2} onChange={(e) => setBody(e.target.value)} />
      <div className="reminder-check">
        <input id={checkId} type="checkbox" checked={details} onChange={(e) => setDetails(e.target.checked)} aria-describedby={`${checkId}-hint`} />
        <div>
          <label htmlFor={checkId}>{t('reminders.form.details')}</label>
          <p id={`${checkId}-hint`} className="field-hint">{t('reminders.form.details.hint')}</p>
        </div>
      </div>
      {errors.general ? <p className="field-error" role="alert">{errors.general}</p> : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('reminders.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('reminders.form.cancel')}
        </button>
      </div>
    </form>
  );
}
