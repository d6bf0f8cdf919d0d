import { format } from 'date-fns';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { itemName, whenText } from './labels';
import { useDueReminders, type DueItem } from './useReminders';
import { startReminderBridge } from './device';
import { useEffect } from 'react';
import './reminders.css';

function Items({ items, now }: { items: DueItem[]; now: Date }) {
  return (
    <ul className="link-list reminder-due-list">
      {items.map(({ reminder, target, occurrence }) => (
        <li key={occurrence.id}>
          <Link to={target.url}>
            <strong>{itemName(reminder, target)}</strong>
            <span className="hint">
              {whenText(occurrence.at, now)}
              {occurrence.session ? ` · ${t('reminders.today.forSession', { when: format(occurrence.session.startsAt, 'EEE d MMM HH:mm') })}` : ''}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Today slot: reminders due now and missed since the last open, in one calm
 * list. Renders nothing when there is nothing to show.
 */
export function TodayRemindersCard() {
  const { state, clear } = useDueReminders();
  // Today is where most opens land: keep the worker checking from here.
  useEffect(() => startReminderBridge(), []);
  if (!state || (state.due.length === 0 && state.missed.length === 0)) return null;
  return (
    <section className="card" aria-labelledby="today-reminders-title">
      <h2 id="today-reminders-title">{t('reminders.today.title')}</h2>
      {state.due.length > 0 ? (
        <>
          <h3 className="reminder-group">{t('reminders.today.due')}</h3>
          <Items items={state.due} now={state.now} />
        </>
      ) : null}
      {state.missed.length > 0 ? (
        <>
          <h3 className="reminder-group">{t('reminders.today.missed')}</h3>
          <Items items={state.missed} now={state.now} />
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={clear}>
          {t('reminders.today.clear')}
        </button>
      </div>
    </section>
  );
}
