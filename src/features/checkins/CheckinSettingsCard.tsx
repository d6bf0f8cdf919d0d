import { useId, useState } from 'react';
import { t } from '../../i18n';
import { settingsRepo } from '../settings/settings.repo';
import { useSetting } from '../settings/useSettings';
import { MeasureToggles } from './MeasureToggles';
import './checkins.css';

// Monday first, as most of our users' calendars are; values are 0=Sun..6.
const weekdays = [1, 2, 3, 4, 5, 6, 0] as const;

/** Settings card: when check-ins are offered, which questionnaires are on, how often to review. */
export function CheckinSettingsCard() {
  const weekday = useSetting('checkinWeekday');
  const storedBefore = useSetting('checkinBeforeSession') ?? false;
  const [pendingBefore, setPendingBefore] = useState<boolean | null>(null);
  const beforeSession = pendingBefore ?? storedBefore;
  const every = useSetting('feedbackEvery');
  const id = useId();
  const [everyText, setEveryText] = useState<string | null>(null);
  const [everyError, setEveryError] = useState('');
  const dayName = (d: number) => new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date(2024, 0, 7 + d));

  function saveEvery(raw: string) {
    setEveryText(raw);
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 52) {
      setEveryError(t('checkinSettings.every.error'));
      return;
    }
    setEveryError('');
    void settingsRepo.set('feedbackEvery', n);
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkinSettings.title')}</h2>
      <p>{t('checkinSettings.body')}</p>
      <div className="field">
        <label htmlFor={`${id}-weekday`}>{t('checkinSettings.weekday')}</label>
        <select
          id={`${id}-weekday`}
          value={weekday === undefined ? '' : String(weekday)}
          onChange={(e) =>
            void (e.target.value === '' ? settingsRepo.reset('checkinWeekday') : settingsRepo.set('checkinWeekday', Number(e.target.value)))
          }
        >
          <option value="">{t('checkinSettings.weekday.none')}</option>
          {weekdays.map((d) => (
            <option key={d} value={d}>
              {dayName(d)}
            </option>
          ))}
        </select>
      </div>
      <label className="check-row">
        <input type="checkbox" checked={beforeSession} onChange={(e) => {
            setPendingBefore(e.target.checked);
            void settingsRepo.set('checkinBeforeSession', e.target.checked);
          }} />
        <span>{t('checkinSettings.beforeSession')}</span>
      </label>
      <MeasureToggles />
      <div className="field">
        <label htmlFor={`${id}-every`}>{t('checkinSettings.every')}</label>
        <input
          id={`${id}-every`}
          type="number"
          inputMode="numeric"
          min={1}
          max={52}
          value={everyText ?? String(every)}
          aria-invalid={everyError ? true : undefined}
          aria-describedby={`${id}-every-error`}
          onChange={(e) => saveEvery(e.target.value)}
        />
        <p id={`${id}-every-error`} className="field-error" role="alert">
          {everyError}
        </p>
      </div>
    </section>
  );
}
