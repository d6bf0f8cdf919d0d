import { useState } from 'react';
import { Link } from '../../app/Link';
import { useLocation } from '../../app/router';
import { t } from '../../i18n';
import { isLocalDay, todayLocal } from '../../lib/days';
import { measureSpecs } from '../../lib/measures';
import { Screen } from '../../ui/Screen';
import { formatDay, formatStart } from '../sessions/format';
import { useSetting } from '../settings/useSettings';
import { CheckinForm } from './CheckinForm';
import { MeasureToggles } from './MeasureToggles';
import { useCheckinData } from './useCheckins';
import './checkins.css';

function slotLabel(slot: string): string {
  return slot === 'weekly' ? t('checkin.slot.weekly') : t('checkin.slot.session');
}

export default function CheckinScreen() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const rawSlot = params.get('slot') ?? 'weekly';
  const slot = rawSlot === 'weekly' || /^session:.+$/.test(rawSlot) ? rawSlot : 'weekly';
  const rawDay = params.get('day') ?? '';
  const day = isLocalDay(rawDay) && rawDay <= todayLocal() ? rawDay : todayLocal();
  const data = useCheckinData(day, slot);
  const measuresOn = useSetting('measuresOn') ?? [];
  const [saved, setSaved] = useState('');

  return (
    <Screen title={t('checkin.title')} lead={t('checkin.lead')}>
      <section className="card" aria-labelledby="checkin-form">
        <h2 id="checkin-form">
          {data?.session ? t('checkin.forSession', { when: formatStart(data.session.startsAt) }) : slotLabel(slot)} · {formatDay(day)}
        </h2>
        {data?.existing ? <p className="field-hint">{t('checkin.editing')}</p> : null}
        {data && data.goals.length === 0 ? (
          <p className="field-hint">
            {t('checkin.noGoals')} <Link to="/goals/new">{t('checkin.addGoal')}</Link>
          </p>
        ) : null}
        {data ? (
          <CheckinForm
            key={`${slot}|${day}|${data.existing?.id ?? 'new'}`}
            day={day}
            slot={slot}
            goals={data.goals}
            existing={data.existing}
            onSaved={() => setSaved(t('checkin.saved'))}
          />
        ) : null}
        <p role="status" className="checkin-status">
          {saved}
        </p>
      </section>

      <section className="card" aria-labelledby="checkin-measures">
        <h2 id="checkin-measures">{t('measures.title')}</h2>
        <p>{t('measures.intro')}</p>
        {measuresOn.length > 0 ? (
          <ul className="link-list">
            {measuresOn.map((m) => (
              <li key={m}>
                <Link to={`/measures/${m}`}>
                  <strong>{t('measures.take', { name: measureSpecs[m].name })}</strong>
                  <span className="hint">{t(`measures.about.${m}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <details>
          <summary>{t('measures.choose')}</summary>
          <MeasureToggles />
        </details>
      </section>

      {data && data.recent.length > 0 ? (
        <section className="card" aria-labelledby="checkin-recent">
          <h2 id="checkin-recent">{t('checkin.recent')}</h2>
          <ul className="link-list">
            {data.recent.map((c) => (
              <li key={c.id}>
                <Link to={`/checkin?slot=${encodeURIComponent(c.slot)}&day=${c.day}`}>
                  <strong>
                    {formatDay(c.day)} · {slotLabel(c.slot)}
                  </strong>
                  <span className="hint">{t('checkin.recentOverall', { overall: c.overall })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Screen>
  );
}
