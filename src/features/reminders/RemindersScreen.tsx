import { useEffect, useId } from 'react';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { format } from 'date-fns';
import type { Session } from '../../db';
import { itemName, kindKeys, scheduleText } from './labels';
import { downloadIcs } from './download';
import { ICS_SESSION_LIMIT } from './ics';
import { nextOccurrence } from './occurrences';
import { PermissionCard } from './PermissionCard';
import { remindersRepo } from './reminders.repo';
import { startReminderBridge } from './device';
import { useReminderList, useUpcomingSessions, type ReminderWithTarget } from './useReminders';
import './reminders.css';

function calendarFile(reminder: ReminderWithTarget['reminder']): string {
  const when = reminder.beforeSession ? `${reminder.beforeSession.hours}h-before-sessions` : reminder.times.join('-').replace(/:/g, '');
  return `between-reminder-${when}.ics`;
}

/** `sessions` is undefined while they load (nothing is said about them until then). */
function ReminderCard({ reminder, target, sessions }: ReminderWithTarget & { sessions: readonly Session[] | undefined }) {
  const toggleId = useId();
  const name = itemName(reminder, target);
  const now = new Date();
  const next = nextOccurrence(reminder, now, sessions);
  // Before-session reminders only exist once a session is coming.
  const noSession = reminder.beforeSession !== undefined && !next;
  const waiting = noSession && sessions !== undefined;
  return (
    <li className="card reminder-card">
      <h2>{name}</h2>
      <p className="reminder-meta">
        {t(kindKeys[reminder.target.kind])} · {scheduleText(reminder)}
        {next && reminder.enabled ? ` · ${t('reminders.item.next', { when: format(next.at, 'EEE HH:mm') })}` : ''}
      </p>
      {waiting && reminder.enabled ? <p className="field-hint">{t('reminders.item.noSession')}</p> : null}
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
        {noSession ? null : (
          <button
            type="button"
            className="button"
            aria-label={t('reminders.item.calendarLabel', { name })}
            onClick={() => downloadIcs([reminder], calendarFile(reminder), sessions)}
          >
            {t('reminders.item.calendar')}
          </button>
        )}
      </div>
      {waiting ? <p className="field-hint">{t('reminders.item.noSessionCalendar')}</p> : null}
    </li>
  );
}

export default function RemindersScreen() {
  const list = useReminderList();
  const sessions = useUpcomingSessions();
  useEffect(() => startReminderBridge(), []);
  const enabled = (list ?? []).filter((x) => x.reminder.enabled === 1).map((x) => x.reminder);
  const beforeSessions = enabled.some((r) => r.beforeSession);
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
            <ReminderCard key={item.reminder.id} {...item} sessions={sessions} />
          ))}
        </ul>
      )}
      <PermissionCard />
      <Card title={t('reminders.calendar.title')}>
        <p>{t('reminders.calendar.body')}</p>
        {beforeSessions ? <p>{t('reminders.calendar.sessions', { count: ICS_SESSION_LIMIT })}</p> : null}
        {enabled.length > 0 ? (
          <button type="button" className="button" onClick={() => downloadIcs(enabled, 'between-reminders.ics', sessions ?? [])}>
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
