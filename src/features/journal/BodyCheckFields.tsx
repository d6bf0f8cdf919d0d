import { t } from '../../i18n';
import { ChipGroup } from '../../ui/ChipGroup';
import { TextField } from '../../ui/Field';
import { RatingScale } from '../../ui/RatingScale';
import type { EntryValue } from './entryValue';
import { bodyCheckOf } from './entryValue';

export const BODY_AREAS = ['head', 'throat', 'chest', 'shoulders', 'stomach', 'back', 'other'] as const;

const areaLabel = {
  head: 'journal.body.area.head',
  throat: 'journal.body.area.throat',
  chest: 'journal.body.area.chest',
  shoulders: 'journal.body.area.shoulders',
  stomach: 'journal.body.area.stomach',
  back: 'journal.body.area.back',
  other: 'journal.body.area.other',
} as const;

interface BodyCheckFieldsProps {
  value: EntryValue;
  onChange: (patch: Partial<EntryValue>) => void;
}

/** The optional "what is my body telling me" check-in attached to an entry. */
export function BodyCheckFields({ value, onChange }: BodyCheckFieldsProps) {
  const started = value.areas.length > 0 || value.feeling !== '' || value.intensity !== null;
  return (
    <details className="card body-check" open={started || undefined}>
      <summary>{t('journal.body.summary')}</summary>
      <ChipGroup
        legend={t('journal.body.where')}
        options={BODY_AREAS.map((area) => ({ value: area, label: t(areaLabel[area]) }))}
        selected={value.areas}
        onChange={(areas) => onChange({ areas })}
      />
      <TextField
        label={t('journal.body.feeling')}
        hint={t('journal.body.feelingHint')}
        value={value.feeling}
        onChange={(e) => onChange({ feeling: e.target.value })}
      />
      <RatingScale
        legend={t('journal.body.intensity')}
        lowLabel={t('journal.body.low')}
        highLabel={t('journal.body.high')}
        value={value.intensity}
        onChange={(intensity) => onChange({ intensity })}
      />
      {bodyCheckOf(value).partial ? <p className="field-hint">{t('journal.body.needsNumber')}</p> : null}
      {started ? (
        <button type="button" className="button" onClick={() => onChange({ areas: [], feeling: '', intensity: null })}>
          {t('journal.body.clear')}
        </button>
      ) : null}
    </details>
  );
}
