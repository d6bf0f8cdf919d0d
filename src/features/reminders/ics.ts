/**
 * Calendar export (RFC 5545). Phone calendars fire these alarms reliably, which
 * no web app can promise on its own. Pure: builds the text; the screen downloads it.
 *
 * Times are floating local times (no TZID): "21:00" rings at 21:00 wherever the
 * phone is, which is what a personal reminder means, and needs no VTIMEZONE.
 * A session is a real instant, so a before-session reminder is exported in UTC:
 * no RRULE can say "before each session", so it becomes one event per upcoming
 * session with its alarm N hours before the start.
 */
import { addDays, format, getDay, startOfDay } from 'date-fns';
import type { Reminder } from '../../db/types';
import { inQuiet, sessionOccurrencesBetween, type Occurrence, type SessionStart } from './occurrences';

/** Before-session reminders are exported for this many upcoming sessions. */
export const ICS_SESSION_LIMIT = 10;

export type IcsSession = SessionStart & { updatedAt?: string };

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const encoder = new TextEncoder();

/** TEXT value escaping: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      // Continuation lines start with one space, which counts toward their 75.
      current = ' ';
      bytes = 1;
      limit = 75;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The first day on or after `from` the schedule includes (DTSTART must be a real instance). */
function firstDay(weekdays: readonly number[], from: Date): Date {
  let day = startOfDay(from);
  for (let i = 0; i < 7 && weekdays.length > 0 && !weekdays.includes(getDay(day)); i += 1) day = addDays(day, 1);
  return day;
}

export function rrule(weekdays: readonly number[]): string {
  if (weekdays.length === 0 || weekdays.length === 7) return 'RRULE:FREQ=DAILY';
  const days = [...weekdays].sort((a, b) => a - b).map((d) => DAY_CODES[d] ?? 'SU');
  return `RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}`;
}

/** Minutes since the epoch: counts up with each change, so a re-import replaces the old event. */
function sequence(...isoTimes: (string | undefined)[]): number {
  const ms = isoTimes.map((iso) => (iso ? Date.parse(iso) : NaN)).filter((n) => !Number.isNaN(n));
  return ms.length > 0 ? Math.floor(Math.max(...ms) / 60_000) : 0;
}

/** RFC 5545 duration before the start, e.g. -PT24H or -PT7H30M. */
export function triggerBefore(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `-PT${m}M`;
  return m === 0 ? `-PT${h}H` : `-PT${h}H${m}M`;
}

function wording(r: Reminder, trigger: string): string[] {
  const lines = [`SUMMARY:${escapeText(r.title)}`];
  if (r.body.trim() !== '') lines.push(`DESCRIPTION:${escapeText(r.body)}`);
  lines.push('TRANSP:TRANSPARENT', 'BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(r.title)}`, `TRIGGER:${trigger}`, 'END:VALARM', 'END:VEVENT');
  return lines;
}

function eventLines(r: Reminder, time: string, now: Date): string[] {
  const start = firstDay(r.weekdays, now);
  const [h = '00', m = '00'] = time.split(':');
  return [
    'BEGIN:VEVENT',
    `UID:${r.id}-${h}${m}@between.local`,
    `DTSTAMP:${utcStamp(now)}`,
    `SEQUENCE:${sequence(r.updatedAt)}`,
    `DTSTART:${format(start, 'yyyyMMdd')}T${h}${m}00`,
    'DURATION:PT5M',
    rrule(r.weekdays),
    ...wording(r, 'PT0M'),
  ];
}

/** One event at the session's start; its alarm rings when the reminder is due (quiet period included). */
function sessionEventLines(r: Reminder, o: Occurrence & { session: NonNullable<Occurrence['session']> }, updatedAt: string | undefined, now: Date): string[] {
  return [
    'BEGIN:VEVENT',
    // Per reminder and session: moving the session updates the same event.
    `UID:${r.id}-session-${o.session.id}@between.local`,
    `DTSTAMP:${utcStamp(now)}`,
    `SEQUENCE:${sequence(r.updatedAt, updatedAt)}`,
    `DTSTART:${utcStamp(o.session.startsAt)}`,
    'DURATION:PT5M',
    ...wording(r, triggerBefore(o.session.startsAt.getTime() - o.at.getTime())),
  ];
}

/** The next sessions' events of a before-session reminder (none when no session is coming). */
function sessionEvents(r: Reminder, sessions: readonly IcsSession[], now: Date): string[] {
  const updated = new Map(sessions.map((s) => [s.id, s.updatedAt]));
  return sessionOccurrencesBetween(r, sessions, now, new Date(8.64e15))
    .slice(0, ICS_SESSION_LIMIT)
    .flatMap((o) => (o.session ? sessionEventLines(r, { ...o, session: o.session }, updated.get(o.session.id), now) : []));
}

/**
 * One VCALENDAR with a VEVENT per reminder time (times inside the quiet period
 * are left out), and per upcoming session for a before-session reminder.
 */
export function remindersToIcs(reminders: readonly Reminder[], now: Date = new Date(), sessions: readonly IcsSession[] = []): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Between//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of reminders) {
    if (r.beforeSession) {
      lines.push(...sessionEvents(r, sessions, now));
      continue;
    }
    for (const time of r.times) {
      if (!inQuiet(time, r.quiet)) lines.push(...eventLines(r, time, now));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
