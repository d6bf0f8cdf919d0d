/**
 * When a milestone is due, in the user's local time zone.
 *
 * Days are LocalDay strings; all arithmetic goes through date-fns on local
 * midnights (addDays moves by calendar days, not by 24 hours), so a 23- or
 * 25-hour DST day is still exactly one day.
 */
import { addDays, differenceInCalendarDays, endOfISOWeek, getDay, parseISO, startOfDay, startOfISOWeek } from 'date-fns';
import type { LocalDay, Milestone, Schedule } from '../../db';
import { toLocalDay } from '../../lib/days';

export function shiftDay(day: LocalDay, days: number): LocalDay {
  return toLocalDay(addDays(parseISO(day), days));
}

/** 0 = Sunday … 6 = Saturday, as in Schedule.weekdays. */
export function weekdayOf(day: LocalDay): number {
  return getDay(parseISO(day));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: LocalDay, to: LocalDay): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** The ISO week (Monday to Sunday) holding `day`. */
export function weekOf(day: LocalDay): { from: LocalDay; to: LocalDay } {
  const date = parseISO(day);
  return { from: toLocalDay(startOfISOWeek(date)), to: toLocalDay(endOfISOWeek(date)) };
}

/** Every day from `from` to `to`, inclusive, oldest first. */
export function daysBetween(from: LocalDay, to: LocalDay): LocalDay[] {
  const out: LocalDay[] = [];
  for (let day = from; day <= to; day = shiftDay(day, 1)) out.push(day);
  return out;
}

/** Milliseconds until the next local midnight (so Today can turn the page). */
export function msUntilNextDay(now: Date): number {
  return addDays(startOfDay(now), 1).getTime() - now.getTime();
}

/** Paused (on its own or with its goal) on that day: such days never count. */
export function isPausedOn(milestone: Pick<Milestone, 'pauses'>, day: LocalDay): boolean {
  return (milestone.pauses ?? []).some((p) => p.from <= day && (p.to === undefined || day < p.to));
}

/** Started and not paused on that day. */
export function isActiveOn(milestone: Pick<Milestone, 'startDay' | 'pauses'>, day: LocalDay): boolean {
  return day >= milestone.startDay && !isPausedOn(milestone, day);
}

/**
 * Whether the schedule names this particular day. N-per-week schedules leave
 * the day open (any day of the week will do), so every day qualifies.
 */
export function isPlannedDay(schedule: Schedule, day: LocalDay): boolean {
  switch (schedule.kind) {
    case 'daily':
    case 'perWeek':
      return true;
    case 'weekdays':
      return schedule.days.includes(weekdayOf(day));
    case 'once':
      return day <= schedule.by;
  }
}

export interface DueState {
  /** Shown on Today for this day. */
  due: boolean;
  doneToday: boolean;
  /** N-per-week only: check-offs this ISO week (including today) and the plan. */
  week?: { done: number; times: number };
}

/**
 * Is the milestone due on `day`? `doneDays` must hold its check-off days for
 * the ISO week of `day` (N-per-week) or since its start day (once-by-date).
 * - daily: every day; weekdays: the chosen days;
 * - N per week: every day until this week's N are done (then it rests);
 * - once by a date: every day from its start until it is done, also after the
 *   date has passed (it simply waits, nothing is marked as missed).
 * A milestone checked off today always shows, so it can be seen done and undone.
 */
export function dueOn(
  milestone: Pick<Milestone, 'schedule' | 'startDay' | 'pauses'>,
  day: LocalDay,
  doneDays: ReadonlySet<LocalDay>,
): DueState {
  const doneToday = doneDays.has(day);
  const { schedule } = milestone;
  if (!isActiveOn(milestone, day)) return { due: doneToday, doneToday };
  switch (schedule.kind) {
    case 'daily':
      return { due: true, doneToday };
    case 'weekdays':
      return { due: doneToday || schedule.days.includes(weekdayOf(day)), doneToday };
    case 'perWeek': {
      const { from, to } = weekOf(day);
      const done = [...doneDays].filter((d) => d >= from && d <= to).length;
      return { due: doneToday || done < schedule.times, doneToday, week: { done, times: schedule.times } };
    }
    case 'once': {
      const doneBefore = [...doneDays].some((d) => d < day);
      return { due: doneToday || !doneBefore, doneToday };
    }
  }
}

/** The days whose check-offs dueOn needs, so callers read just that range by index. */
export function checkoffRangeFor(milestone: Pick<Milestone, 'schedule' | 'startDay'>, day: LocalDay): { from: LocalDay; to: LocalDay } {
  if (milestone.schedule.kind === 'once') return { from: milestone.startDay < day ? milestone.startDay : day, to: day };
  if (milestone.schedule.kind === 'perWeek') return { from: weekOf(day).from, to: day };
  return { from: day, to: day };
}
