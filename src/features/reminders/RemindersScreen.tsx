import { useEffect, useId } from 'react';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { format } from 'date-fns';
import { daysText, itemName, kindKeys } from './labels';
import { downloadIcs } from './download';
import { nextOccurrence } from './occurrences';
import { PermissionCard } from './PermissionCard';
import { remindersRepo } from './reminders.repo';
import { startReminderBridge } from './device';
import { useReminderList, type ReminderWithTarget } from './useReminders';
import './reminders.css';

function ReminderCard({ reminder, target }: ReminderWithTarget) {
  const toggleId = useId();
  const name = itemName(reminder, target);
  const next = reminder.enabled ? nextOccurrence(reminder, new Date()) : undefined;
  return (
    <li className="card reminder-card">
      <h2>{name}</h2>
      <p className="reminder-meta">
        {t(kindKeys[reminder.target.kind])} · {t('reminders.item.times', { times: reminder.times.join(', ') })} · {daysText(reminder.weekdays)}
        {next ? ` · ${t('reminders.item.next', { when: format(next.at, 'EEE HH:mm') })}` : ''}
      </p>
      <div className="reminder-check">
        <input
          id={toggleId}
          type="checkbox"
          checked={reminder.enabled === 1}
          aria-label={t('reminders.item.toggleLabel', { name })}
          onChange={(e) => void remindersRepo.setEnabled(reminder.id, e.target.checked)}
        />
        <label htmlFor={toggleId} aria-hidden="true">
          {reminder.enabled ? t('reminders.item.on') : t('reminders.item.paused')}
        </label>
      </div>
      <div className="actions">
        <Link className="button" to={`/settings/reminders/${encodeURIComponent(reminder.id)}`} aria-label={t('reminders.item.editLabel', { name })}>
          {t('reminders.item.edit')}
        </Link>
        <button
          type="button"
          className="button"
          aria-label={t('reminders.item.calendarLabel', { name })}
          onClick={() => downloadIcs([reminder], `between-reminder-${reminder.times.join('-').replace(/:/g, '')}.ics`)}
        >
          {t('reminders.item.calendar')}
        </button>
      </div>
    </li>
  );
}

export default function RemindersScreen() {
  const list = useReminderList();
  useEffect(() => startReminderBridge(), []);
  const enabled = (list ?? []).filter((x) => x.reminder.enabled === 1).map((x) => x.reminder);
  return (
    <Screen title={t('reminders.title')} lead={t('reminders.lead')}>
      <div className="actions">
        <Link className="button primary" to="/settings/reminders/new">
          {t('reminders.add')}
        </Link>
      </div>
      {list === undefined ? null : list.length === 0 ? (
        <EmptyState title={t('reminders.empty.title')}>
          <p>{t('reminders.empty.body')}</p>
        </EmptyState>
      ) : (
        <ul className="reminder-list" aria-label={t('reminders.title')}>
          {list.map((item) => (
            <ReminderCard key={item.reminder.id} {...item} />
          ))}
        </ul>
      )}
      <PermissionCard />
      <Card title={t('reminders.calendar.title')}>
        <p>{t('reminders.calendar.body')}</p>
        {enabled.length > 0 ? (
          <button type="button" className="button" onClick={() => downloadIcs(enabled, 'between-reminders.ics')}>
            {t('reminders.calendar.all')}
          </button>
        ) : (
          <p className="field-hint">{t('reminders.calendar.none')}</p>
        )}
      </Card>
      <ul className="link-list">
        <li>
          <Link to="/settings/reminders/check">
            <strong>{t('reminders.check.link')}</strong>
            <span className="hint">{t('reminders.check.hint')}</span>
          </Link>
        </li>
      </ul>
    </Screen>
  );
}
