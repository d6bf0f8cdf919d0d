import { useState, type FormEvent } from 'react';
import type { GoalDefinition, GoalMetric } from '../../db';
import { t, type MessageKey } from '../../i18n';
import { ChipGroup } from '../../ui/ChipGroup';
import { FieldShell, TextArea, TextField } from '../../ui/Field';
import { saveOrErrors, type FieldErrors } from './errors';
import { useFormDraft } from './useFormDraft';

const commonValues: MessageKey[] = [
  'goals.value.connection',
  'goals.value.health',
  'goals.value.calm',
  'goals.value.growth',
  'goals.value.work',
  'goals.value.family',
  'goals.value.courage',
  'goals.value.selfKindness',
  'goals.value.creativity',
];

interface Props {
  initial?: GoalDefinition;
  /** Where unsaved words are kept, e.g. 'goal:new' or 'goal:<id>'. */
  draftKey: string;
  submitLabel: string;
  onSave: (definition: GoalDefinition) => Promise<unknown>;
  onCancel: () => void;
}

interface Fields {
  [key: string]: string | boolean;
  title: string;
  value: string;
  ownValue: string;
  why: string;
  withTherapist: boolean;
  kind: GoalMetric['kind'];
  label: string;
  low: string;
  high: string;
  unit: string;
  target: string;
  higher: boolean;
}

function fieldsFrom(initial: GoalDefinition | undefined, valueLabels: string[]): Fields {
  const v = initial?.value ?? '';
  const m = initial?.metric;
  return {
    title: initial?.title ?? '',
    value: valueLabels.includes(v) ? v : '',
    ownValue: valueLabels.includes(v) ? '' : v,
    why: initial?.why ?? '',
    withTherapist: initial?.withTherapist === 1,
    kind: m?.kind ?? 'rating',
    label: m?.kind === 'rating' ? m.label : '',
    low: m?.kind === 'rating' ? m.lowLabel : t('goals.default.low'),
    high: m?.kind === 'rating' ? m.highLabel : t('goals.default.high'),
    unit: m?.kind === 'custom' ? m.unit : '',
    target: m?.kind === 'custom' ? String(m.target) : '',
    higher: m?.higherIsBetter ?? true,
  };
}

/** Create or change a goal. Waits for any kept draft so no words are lost across reloads. */
export function GoalForm(props: Props) {
  const draft = useFormDraft<Fields>(props.draftKey, 'goal');
  if (!draft.loaded) return null;
  return <GoalFormFields {...props} draft={draft} />;
}

/** The repo validates; its refusals show inline and nothing is half-saved. */
function GoalFormFields({ initial, submitLabel, onSave, onCancel, draft }: Props & { draft: ReturnType<typeof useFormDraft<Fields>> }) {
  const valueLabels = commonValues.map((k) => t(k));
  const [f, setFields] = useState<Fields>(() => ({ ...fieldsFrom(initial, valueLabels), ...draft.saved }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    const next = { ...f, [key]: value };
    setFields(next);
    draft.keep(next);
  };
  const { title, value, ownValue, why, withTherapist, kind, label, low, high, unit, target, higher } = f;

  function definition(): GoalDefinition {
    const metric: GoalMetric =
      kind === 'rating'
        ? { kind, label: label.trim(), lowLabel: low.trim() || t('goals.default.low'), highLabel: high.trim() || t('goals.default.high'), higherIsBetter: higher }
        : { kind, unit: unit.trim(), target: target.trim() === '' ? NaN : Number(target), higherIsBetter: higher };
    return { title, value: ownValue.trim() || value, why, withTherapist: withTherapist ? 1 : 0, metric };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const found = await saveOrErrors(async () => {
      await onSave(definition());
      await draft.clear();
    });
    setBusy(false);
    setErrors(found ?? {});
  }

  return (
    <form className="goal-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('goals.field.title')}
        hint={t('goals.field.title.hint')}
        value={title}
        error={errors.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <ChipGroup
        legend={t('goals.field.value')}
        single
        options={valueLabels.map((v) => ({ value: v, label: v }))}
        selected={value && !ownValue ? [value] : []}
        onChange={(sel) => {
          const next = { ...f, value: sel[0] ?? '', ownValue: sel[0] ? '' : f.ownValue };
          setFields(next);
          draft.keep(next);
        }}
      />
      <TextField label={t('goals.field.valueOwn')} value={ownValue} onChange={(e) => set('ownValue', e.target.value)} />
      <TextArea label={t('goals.field.why')} hint={t('goals.field.why.hint')} rows={3} value={why} onChange={(e) => set('why', e.target.value)} />
      <div className="field check-field">
        <input id="goal-with-therapist" type="checkbox" checked={withTherapist} onChange={(e) => set('withTherapist', e.target.checked)} />
        <label htmlFor="goal-with-therapist">{t('goals.field.withTherapist')}</label>
      </div>
      <fieldset className="choice">
        <legend>{t('goals.field.metric')}</legend>
        {(['rating', 'custom'] as const).map((k) => (
          <label key={k} className="choice-option">
            <input type="radio" name="goal-metric" checked={kind === k} onChange={() => set('kind', k)} />
            <span>{t(k === 'rating' ? 'goals.metric.rating' : 'goals.metric.custom')}</span>
          </label>
        ))}
      </fieldset>
      {kind === 'rating' ? (
        <>
          <TextField
            label={t('goals.field.ratingLabel')}
            hint={t('goals.field.ratingLabel.hint')}
            value={label}
            error={errors['metric.label']}
            onChange={(e) => set('label', e.target.value)}
          />
          <TextField label={t('goals.field.lowLabel')} value={low} onChange={(e) => set('low', e.target.value)} />
          <TextField label={t('goals.field.highLabel')} value={high} onChange={(e) => set('high', e.target.value)} />
        </>
      ) : (
        <>
          <TextField
            label={t('goals.field.unit')}
            hint={t('goals.field.unit.hint')}
            value={unit}
            error={errors['metric.unit']}
            onChange={(e) => set('unit', e.target.value)}
          />
          <FieldShell label={t('goals.field.target')} error={errors['metric.target']}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="number"
                inputMode="decimal"
                min="0"
                step="any"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={target}
                onChange={(e) => set('target', e.target.value)}
              />
            )}
          </FieldShell>
        </>
      )}
      <fieldset className="choice">
        <legend>{t('goals.field.direction')}</legend>
        {([true, false] as const).map((h) => (
          <label key={String(h)} className="choice-option">
            <input type="radio" name="goal-direction" checked={higher === h} onChange={() => set('higher', h)} />
            <span>{t(h ? 'goals.direction.higher' : 'goals.direction.lower')}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            void draft.clear();
            onCancel();
          }}
        >
          {t('goals.cancel')}
        </button>
      </div>
    </form>
  );
}
