import { useState } from 'react';
import type { MeasureId } from '../../db';
import { t } from '../../i18n';
import { measureIds, measureSpecs } from '../../lib/measures';
import { settingsRepo } from '../settings/settings.repo';
import { useSetting } from '../settings/useSettings';

/** Turn each standard questionnaire on or off (all off until the person chooses). */
export function MeasureToggles() {
  const stored = useSetting('measuresOn') ?? [];
  // After the first tap this screen's choice is shown at once (the stored value
  // arrives a moment later through the live query).
  const [pending, setPending] = useState<MeasureId[] | null>(null);
  const on = pending ?? stored;
  function toggle(measure: MeasureId, checked: boolean) {
    const next = measureIds.filter((m) => (m === measure ? checked : on.includes(m)));
    setPending(next);
    void settingsRepo.set('measuresOn', next);
  }
  return (
    <fieldset className="measure-toggles">
      <legend>{t('measures.toggles')}</legend>
      {measureIds.map((m) => (
        <label key={m} className="check-row">
          <input type="checkbox" checked={on.includes(m)} onChange={(e) => toggle(m, e.target.checked)} />
          <span>
            {measureSpecs[m].name} — {t(`measures.about.${m}`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
