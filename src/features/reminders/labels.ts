import { format, isSameDay, subDays } from 'date-fns';
import type { Reminder, ReminderTargetKind } from '../../db';
import { t, type MessageKey } from '../../i18n';
import type { ReminderTarget } from './reminders.repo';

export const kindKeys: Record<ReminderTargetKind, MessageKey> = {
  milestone: 'reminders.kind.milestone',
  checkin: 'reminders.kind.checkin',
  question: 'reminders.kind.question',
  journal: 'reminders.kind.journal',
  sessionPrep: 'reminders.kind.sessionPrep',
  standalone: 'reminders.kind.standalone',
};

const itemKeys: Record<ReminderTargetKind, MessageKey> = {
  milestone: 'reminders.kindItem.milestone',
  checkin: 'reminders.kindItem.checkin',
  question: 'reminders.kindItem.question',
  journal: 'reminders.kindItem.journal',
  sessionPrep: 'reminders.kindItem.sessionPrep',
  standalone: 'reminders.kindItem.standalone',
};

/** In-app name of a reminder: the item's own words when there are any. */
export function itemName(r: Reminder, target: ReminderTarget): string {
  if (r.target.kind === 'standalone') return r.title;
  return target.detail ?? t(itemKeys[r.target.kind]);
}

/** Mon..Sun order for the week, values 0=Sun..6. */
export const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;

export function dayName(d: number): string {
  return t(`reminders.day.${d}` as MessageKey);
}

export function daysText(weekdays: readonly number[]): string {
  if (weekdays.length === 0 || weekdays.length === 7) return t('reminders.item.everyDay');
  return weekOrder.filter((d) => weekdays.includes(d)).map(dayName).join(', ');
}

/** How a reminder's schedule reads in the list: "At 08:00, 21:00 · Mon, Thu" or "24 hours before each session". */
export function scheduleText(r: Reminder): string {
  const hours = r.beforeSession?.hours;
  if (hours !== undefined) return hours === 1 ? t('reminders.item.beforeSession.one') : t('reminders.item.beforeSession', { hours });
  return `${t('reminders.item.times', { times: r.times.join(', ') })} · ${daysText(r.weekdays)}`;
}

/** "at 10:00" today, "yesterday at 21:00", or a short date for older. */
export function whenText(at: Date, now: Date): string {
  const time = format(at, 'HH:mm');
  if (isSameDay(at, now)) return t('reminders.today.at', { time });
  if (isSameDay(at, subDays(now, 1))) return t('reminders.today.yesterdayAt', { time });
  return `${format(at, 'EEE d MMM')} ${time}`;
}
