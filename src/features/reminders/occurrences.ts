/**
 * When a reminder fires, in the person's local time. Pure and free of window/DOM,
 * so the page (due list) and the service worker (notifications) agree exactly.
 */
import { addDays, format, getDay, startOfDay } from 'date-fns';
import type { LocalDay, Reminder, Session } from '../../db/types';
import { toLocalDay } from '../../lib/days';

// Only fields that stay readable while the app is locked (no title/body): the
// service worker schedules from these alone.
export type ReminderSchedule = Pick<Reminder, 'id' | 'times' | 'weekdays' | 'quiet' | 'beforeSession'> & { createdAt?: string };

/** What a before-session reminder needs of a session: no text fields. */
export type SessionStart = Pick<Session, 'id' | 'startsAt'> & { deletedAt?: string | undefined };

export interface Occurrence {
  /** `${reminderId}:${day}T${time}`: the same slot always has the same id. */
  id: string;
  reminderId: string;
  /** The scheduled day and wall-clock time (even when DST moved the instant). */
  day: LocalDay;
  time: string;
  at: Date;
  /** Before-session reminders: the session this one prepares for. */
  session?: { id: string; startsAt: Date };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** "Due now" stays on the list this long after its time. */
export const DUE_WINDOW_MS = HOUR;
/** Nothing older is ever reported missed: a long absence or a clock jump is never a storm. */
export const MISSED_WINDOW_MS = 24 * HOUR;
/** The service worker notifies about occurrences at most this old (periodic sync runs ≥ 12 h apart). */
export const NOTIFY_WINDOW_MS = 12 * HOUR;
/** Longest range one call walks through; callers use much shorter windows. */
const MAX_RANGE_DAYS = 31;
/** A before-session reminder fires at most a week ahead. */
export const MAX_BEFORE_SESSION_HOURS = 168;

export function occurrenceId(reminderId: string, day: LocalDay, time: string): string {
  return `${reminderId}:${day}T${time}`;
}

/** The day part of an occurrence id, or undefined when it is not one. */
export function occurrenceDay(id: string): LocalDay | undefined {
  return /:(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}$/.exec(id)?.[1];
}

function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/**
 * The instant a wall-clock time happens on a local day. A time that does not
 * exist (skipped by a spring-forward change) resolves to the next minute that
 * does; a repeated time (fall-back) resolves to its first occurrence.
 */
export function localInstant(day: LocalDay, time: string): Date {
  const [y = 1970, mo = 1, d = 1] = day.split('-').map(Number);
  const target = minutesOf(time);
  // Gaps are usually an hour; a whole skipped day is the extreme case.
  for (let k = 0; k <= 25 * 60; k += 1) {
    const total = target + k;
    const at = new Date(y, mo - 1, d, 0, total);
    const wall = new Date(Date.UTC(y, mo - 1, d, 0, total)).toISOString().slice(0, 16);
    if (format(at, "yyyy-MM-dd'T'HH:mm") === wall) return at;
  }
  return new Date(y, mo - 1, d, 0, target);
}

/** Whether a wall-clock 'HH:mm' falls in the quiet period (which may span midnight). */
export function inQuiet(time: string, quiet: Reminder['quiet']): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  const t = minutesOf(time);
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  return from < to ? t >= from && t < to : t >= from || t < to;
}

export function isQuietAt(reminder: ReminderSchedule, at: Date): boolean {
  return inQuiet(format(at, 'HH:mm'), reminder.quiet);
}

/** Occurrences with `from < at <= to`, oldest first. Times inside the quiet period never fire. */
export function occurrencesBetween(reminder: ReminderSchedule, from: Date, to: Date): Occurrence[] {
  if (!(to.getTime() > from.getTime())) return [];
  const start = Math.max(from.getTime(), to.getTime() - MAX_RANGE_DAYS * 24 * HOUR);
  const out: Occurrence[] = [];
  // One day either side: a DST shift can move an instant across midnight.
  const last = addDays(startOfDay(to), 1);
  for (let date = addDays(startOfDay(start), -1); date <= last; date = addDays(date, 1)) {
    if (reminder.weekdays.length > 0 && !reminder.weekdays.includes(getDay(date))) continue;
    const day = toLocalDay(date);
    for (const time of reminder.times) {
      if (inQuiet(time, reminder.quiet)) continue;
      const at = localInstant(day, time);
      if (at.getTime() > start && at.getTime() <= to.getTime()) {
        out.push({ id: occurrenceId(reminder.id, day, time), reminderId: reminder.id, day, time, at });
      }
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

/** The valid offset of a before-session reminder, or undefined. */
export function beforeSessionHours(r: ReminderSchedule): number | undefined {
  const hours = r.beforeSession?.hours;
  return typeof hours === 'number' && Number.isInteger(hours) && hours >= 1 && hours <= MAX_BEFORE_SESSION_HOURS ? hours : undefined;
}

/**
 * Ends in the session's local start, so moving the session (or changing the
 * offset) makes a new occurrence, and occurrenceDay() still reads a day from it
 * (the shown-list pruning relies on that).
 */
export function sessionOccurrenceId(reminderId: string, sessionId: string, hours: number, startsAt: Date): string {
  return `${reminderId}:session:${sessionId}:${hours}h:${format(startsAt, "yyyy-MM-dd'T'HH:mm")}`;
}

/** The next time the wall clock shows `quiet.to` after `at`: when the quiet period around `at` ends. */
function quietEnd(at: Date, quiet: NonNullable<Reminder['quiet']>): Date {
  const same = localInstant(toLocalDay(at), quiet.to);
  return same.getTime() > at.getTime() ? same : localInstant(toLocalDay(addDays(startOfDay(at), 1)), quiet.to);
}

/**
 * When a before-session reminder fires for a session starting at `startsAt`:
 * exactly N real hours earlier (a DST change in between does not move it).
 * Inside the quiet period it waits until the quiet period ends, as long as that
 * is still before the session: the point is a nudge before it, not a 3 a.m. one.
 * If the quiet period lasts until the session starts, it is skipped (undefined).
 */
export function sessionPrepInstant(r: ReminderSchedule, startsAt: Date): Date | undefined {
  const hours = beforeSessionHours(r);
  if (hours === undefined || Number.isNaN(startsAt.getTime())) return undefined;
  const at = new Date(startsAt.getTime() - hours * HOUR);
  if (!r.quiet || !isQuietAt(r, at)) return at;
  const end = quietEnd(at, r.quiet);
  return end.getTime() < startsAt.getTime() ? end : undefined;
}

/** Occurrences of a before-session reminder with `from < at <= to`, oldest first. Deleted sessions never count. */
export function sessionOccurrencesBetween(r: ReminderSchedule, sessions: readonly SessionStart[], from: Date, to: Date): Occurrence[] {
  const hours = beforeSessionHours(r);
  if (hours === undefined || !(to.getTime() > from.getTime())) return [];
  const out = new Map<string, Occurrence>();
  for (const s of sessions) {
    if (s.deletedAt !== undefined) continue;
    const startsAt = new Date(s.startsAt);
    const at = sessionPrepInstant(r, startsAt);
    if (!at || at.getTime() <= from.getTime() || at.getTime() > to.getTime()) continue;
    const id = sessionOccurrenceId(r.id, s.id, hours, startsAt);
    out.set(id, { id, reminderId: r.id, day: toLocalDay(at), time: format(at, 'HH:mm'), at, session: { id: s.id, startsAt } });
  }
  return [...out.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

/** Occurrences of any reminder in `(from, to]`: by its schedule, or before each session. */
export function reminderOccurrences(r: ReminderSchedule, from: Date, to: Date, sessions: readonly SessionStart[] = []): Occurrence[] {
  return r.beforeSession ? sessionOccurrencesBetween(r, sessions, from, to) : occurrencesBetween(r, from, to);
}

/**
 * The next occurrence after `after`, e.g. to show "next: Tue 21:00": within a
 * week for a schedule, or before any of the given sessions.
 */
export function nextOccurrence(reminder: ReminderSchedule, after: Date, sessions: readonly SessionStart[] = []): Occurrence | undefined {
  if (reminder.beforeSession) return sessionOccurrencesBetween(reminder, sessions, after, new Date(8.64e15))[0];
  return occurrencesBetween(reminder, after, new Date(after.getTime() + 8 * 24 * HOUR))[0];
}

export interface DueList {
  /** Happened within the last hour. */
  due: Occurrence[];
  /** Happened since the last open (at most a day ago), newest first. */
  missed: Occurrence[];
}

function latest(...ms: number[]): number {
  return Math.max(...ms);
}

/**
 * Slots more than an hour older than the reminder itself never count: a new
 * reminder for 08:00 made at 19:00 is not "missed" that day.
 */
function floorFor(r: ReminderSchedule): number {
  const created = r.createdAt ? Date.parse(r.createdAt) : NaN;
  return Number.isNaN(created) ? -Infinity : created - DUE_WINDOW_MS;
}

/**
 * What the in-app list shows. `since` is the previous open; `clearedAt` when
 * the person last cleared the list. Instants in the future (the clock was moved
 * backwards since) are ignored, so nothing old resurfaces.
 */
export function dueAndMissed(
  reminders: readonly ReminderSchedule[],
  now: Date,
  since?: Date,
  clearedAt?: Date,
  sessions: readonly SessionStart[] = [],
): DueList {
  const n = now.getTime();
  const valid = (d?: Date): number => (d && !Number.isNaN(d.getTime()) && d.getTime() <= n ? d.getTime() : -Infinity);
  const cleared = valid(clearedAt);
  // A future `since` means the clock went back: report nothing missed.
  const sinceMs = since && since.getTime() > n ? n : valid(since);
  const dueFrom = latest(n - DUE_WINDOW_MS, cleared);
  const missedFrom = latest(n - MISSED_WINDOW_MS, sinceMs, cleared);
  const due: Occurrence[] = [];
  const missed: Occurrence[] = [];
  for (const r of reminders) {
    const floor = floorFor(r);
    due.push(...reminderOccurrences(r, new Date(latest(dueFrom, floor)), now, sessions));
    const from = latest(missedFrom, floor);
    if (from < dueFrom) missed.push(...reminderOccurrences(r, new Date(from), new Date(dueFrom), sessions));
  }
  const newestFirst = (a: Occurrence, b: Occurrence) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id);
  return { due: due.sort(newestFirst), missed: missed.sort(newestFirst) };
}

export interface NotifyPlan {
  /** The newest recent occurrence of each reminder: the one worth a notification. */
  show: Occurrence[];
  /** Every recent occurrence id (older ones are marked shown too, so they never pile up later). */
  all: string[];
}

/** What the service worker may notify about now: recent, not during quiet hours, one per reminder. */
export function notifyPlan(reminders: readonly ReminderSchedule[], now: Date, sessions: readonly SessionStart[] = []): NotifyPlan {
  const show: Occurrence[] = [];
  const all: string[] = [];
  for (const r of reminders) {
    if (isQuietAt(r, now)) continue;
    const recent = reminderOccurrences(r, new Date(latest(now.getTime() - NOTIFY_WINDOW_MS, floorFor(r))), now, sessions);
    const newest = recent[recent.length - 1];
    if (newest) show.push(newest);
    all.push(...recent.map((o) => o.id));
  }
  return { show, all };
}
