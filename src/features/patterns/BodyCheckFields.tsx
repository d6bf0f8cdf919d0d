import { t, type MessageKey } from '../../i18n';
import { ChipGroup } from '../../ui/ChipGroup';
import { TextField } from '../../ui/Field';
import { RatingScale } from '../../ui/RatingScale';

/** The same body areas as the journal's check-in, so the two can be read side by side. */
export const BODY_AREAS = ['head', 'throat', 'chest', 'shoulders', 'stomach', 'back', 'other'] as const;

const areaLabel: Record<(typeof BODY_AREAS)[number], MessageKey> = {
  head: 'body.area.head',
  throat: 'body.area.throat',
  chest: 'body.area.chest',
  shoulders: 'body.area.shoulders',
  stomach: 'body.area.stomach',
  back: 'body.area.back',
  other: 'body.area.other',
};

/** The label of a stored area; unknown ones (from another device) read as "somewhere else". */
export function areaKey(area: string): MessageKey {
  return (BODY_AREAS as readonly string[]).includes(area) ? areaLabel[area as (typeof BODY_AREAS)[number]] : 'body.area.other';
}

export interface BodyCheckValue {
  areas: string[];
  feeling: string;
  /** null until a number is picked. */
  intensity: number | null;
}

interface BodyCheckFieldsProps {
  value: BodyCheckValue;
  onChange: (patch: Partial<BodyCheckValue>) => void;
  error?: string | undefined;
}

/** "What was my body saying?": areas, a feeling word and how strong, 0–10. Presentational only. */
export function BodyCheckFields({ value, onChange, error }: BodyCheckFieldsProps) {
  return (
    <fieldset className="body-check-fields">
      <legend>{t('body.legend')}</legend>
      <ChipGroup
        legend={t('body.where')}
        options={BODY_AREAS.map((area) => ({ value: area, label: t(areaLabel[area]) }))}
        selected={value.areas}
        onChange={(areas) => onChange({ areas })}
      />
      <TextField label={t('body.feeling')} hint={t('body.feeling.hint')} value={value.feeling} onChange={(e) => onChange({ feeling: e.target.value })} />
      <RatingScale
        legend={t('body.intensity')}
        lowLabel={t('body.low')}
        highLabel={t('body.high')}
        value={value.intensity}
        onChange={(intensity) => onChange({ intensity })}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The check-in to store: undefined when nothing was noted; 'partial' when a number is still missing. */
export function bodyCheckFrom(v: BodyCheckValue): { areas: string[]; feeling: string; intensity: number } | 'partial' | undefined {
  const started = v.areas.length > 0 || v.feeling.trim() !== '';
  if (v.intensity === null) return started ? 'partial' : undefined;
  return { areas: v.areas, feeling: v.feeling, intensity: v.intensity };
}
