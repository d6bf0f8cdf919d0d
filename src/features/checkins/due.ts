import { addDays, differenceInCalendarDays, getDay, parseISO } from 'date-fns';
import type { LocalDay, Session } from '../../db';
import { toLocalDay } from '../../lib/days';

/**
 * The day the current weekly check-in became due: the latest `weekday`
 * (0=Sun..6) on or before `today`. A weekly check-in stays offered until one
 * is made on or after that day, so a missed Monday is still welcome on Thursday.
 */
export function weeklyDueFrom(today: LocalDay, weekday: number): LocalDay {
  const back = (getDay(parseISO(today)) - weekday + 7) % 7;
  return toLocalDay(addDays(parseISO(today), -back));
}

/** How many days before a session its "before the session" check-in is offered. */
export const SESSION_CHECKIN_LEAD_DAYS = 2;

/** Whether the upcoming `session` is close enough (and not yet started) to offer its check-in. */
export function sessionCheckinOpen(session: Pick<Session, 'startsAt'>, now: Date): boolean {
  const starts = new Date(session.startsAt);
  if (starts <= now) return false;
  return differenceInCalendarDays(starts, now) <= SESSION_CHECKIN_LEAD_DAYS;
}

export const sessionSlot = (sessionId: string): string => `session:${sessionId}`;
