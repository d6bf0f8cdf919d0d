/**
 * A forgiving consistency score: how regularly a small step has been
 * practised lately. It is never a streak and never resets to zero.
 *
 * Formula. Take the milestone's due occurrences in the last WINDOW_DAYS days,
 * oldest first, and give each a value x in [0, 1]:
 * - daily / chosen weekdays: one occurrence per planned day, x = 1 if checked
 *   off that day, else 0;
 * - N per week: one occurrence per ISO week, x = min(1, done / expected), where
 *   expected = N, scaled down for a week only partly active (started mid-week,
 *   paused): max(1, round(N * activeDays / 7));
 * - once by a date: one occurrence, x = 1 once done, 0 after the date passed.
 * Days before the start day and paused days are not occurrences at all. The
 * current day (or week) only counts once done, so an unfinished today can
 * never lower the score.
 *
 * score = Σ λ^age · x  /  Σ λ^age,   age = 0 for the newest occurrence, λ = 0.95
 *
 * With a month of daily practice one missed day moves the score by about 5
 * points; an old miss weighs less than a recent one. No occurrences → null.
 */
import type { LocalDay, Milestone } from '../../db';
import { daysBetween, isActiveOn, isPlannedDay, shiftDay, weekOf } from './schedule';

export const WINDOW_DAYS = 56;
export const DECAY = 0.95;

export interface Occurrence {
  /** The day (or the Monday of the week) it belongs to. */
  day: LocalDay;
  value: number;
}

type Scored = Pick<Milestone, 'schedule' | 'startDay' | 'pauses'>;

/** First day of the window ending on `today`. */
export function windowStart(today: LocalDay): LocalDay {
  return shiftDay(today, -(WINDOW_DAYS - 1));
}

export function occurrences(milestone: Scored, doneDays: ReadonlySet<LocalDay>, today: LocalDay): Occurrence[] {
  const { schedule } = milestone;
  const days = daysBetween(windowStart(today), today).filter((d) => isActiveOn(milestone, d));
  if (schedule.kind === 'once') {
    const done = [...doneDays].some((d) => d <= today);
    if (done) return [{ day: schedule.by, value: 1 }];
    return today > schedule.by && isActiveOn(milestone, schedule.by) ? [{ day: schedule.by, value: 0 }] : [];
  }
  if (schedule.kind === 'perWeek') {
    const weeks = new Map<LocalDay, LocalDay[]>();
    for (const d of days) {
      const monday = weekOf(d).from;
      weeks.set(monday, [...(weeks.get(monday) ?? []), d]);
    }
    const currentWeek = weekOf(today).from;
    const out: Occurrence[] = [];
    for (const [monday, active] of weeks) {
      // A week cut by the window's start is not a whole week: leave it out.
      if (monday < windowStart(today)) continue;
      const activeAll = daysBetween(monday, shiftDay(monday, 6)).filter((d) => isActiveOn(milestone, d)).length;
      const expected = Math.max(1, Math.round((schedule.times * activeAll) / 7));
      const done = active.filter((d) => doneDays.has(d)).length;
      const value = Math.min(1, done / expected);
      if (monday === currentWeek && value < 1) continue;
      out.push({ day: monday, value });
    }
    return out;
  }
  return days
    .filter((d) => isPlannedDay(schedule, d))
    .filter((d) => d !== today || doneDays.has(d))
    .map((d) => ({ day: d, value: doneDays.has(d) ? 1 : 0 }));
}

/** The weighted score in [0, 1], or null when nothing is due yet. */
export function weightedScore(list: readonly Occurrence[]): number | null {
  if (list.length === 0) return null;
  let num = 0;
  let den = 0;
  list.forEach((o, i) => {
    const w = DECAY ** (list.length - 1 - i);
    num += w * o.value;
    den += w;
  });
  return num / den;
}

export interface Consistency {
  score: number | null;
  /** For the words: done out of due, over the last few occurrences. */
  recent: { done: number; due: number; unit: 'days' | 'weeks' | 'once' };
}

export function consistency(milestone: Scored, doneDays: ReadonlySet<LocalDay>, today: LocalDay): Consistency {
  const list = occurrences(milestone, doneDays, today);
  const kind = milestone.schedule.kind;
  const last = list.slice(kind === 'perWeek' ? -4 : -7);
  return {
    score: weightedScore(list),
    recent: {
      done: last.filter((o) => o.value >= 1).length,
      due: last.length,
      unit: kind === 'perWeek' ? 'weeks' : kind === 'once' ? 'once' : 'days',
    },
  };
}

/** A goal's score: the mean of its milestones' scores that have anything due. */
export function goalScore(scores: readonly (number | null)[]): number | null {
  const known = scores.filter((s): s is number => s !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}
