import { useId, useState } from 'react';
import { t } from '../../i18n';
import { settingsRepo } from '../settings/settings.repo';
import { useSetting } from '../settings/useSettings';
import { regionName } from './ResourceList';
import { crisisResources, ELSEWHERE } from './resources';

/** Settings card: which country's crisis numbers come first (safety screen and Need help now). */
export function CrisisCountryCard() {
  const value = useSetting('crisisCountry');
  const id = useId();
  const [status, setStatus] = useState('');
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('crisisCountry.title')}</h2>
      <p>{t('crisisCountry.body')}</p>
      <div className="field">
        <label htmlFor={id}>{t('crisisCountry.label')}</label>
        <select
          id={id}
          value={value}
          onChange={(e) => void settingsRepo.set('crisisCountry', e.target.value).then(() => setStatus(t('crisisCountry.saved')))}
        >
          <option value="auto">{t('crisisCountry.auto')}</option>
          {crisisResources.map((r) => (
            <option key={r.region} value={r.region}>
              {regionName(r.region)}
            </option>
          ))}
          <option value={ELSEWHERE}>{t('crisisCountry.elsewhere')}</option>
        </select>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
