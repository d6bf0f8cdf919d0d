import { addWeeks, parseISO, startOfWeek } from 'date-fns';
import type { LocalDay } from '../../db';
import { toLocalDay } from '../../lib/days';

export interface WeekCount {
  /** The Monday that starts the week. */
  weekStart: LocalDay;
  count: number;
}

export function weekStartOf(day: LocalDay): LocalDay {
  return toLocalDay(startOfWeek(parseISO(day), { weekStartsOn: 1 }));
}

/** How many times something was noted in each of the last `weeks` weeks (Monday to Sunday), oldest first. */
export function weeklyCounts(days: readonly LocalDay[], today: LocalDay, weeks = 8): WeekCount[] {
  const thisWeek = parseISO(weekStartOf(today));
  const result: WeekCount[] = Array.from({ length: weeks }, (_, i) => ({
    weekStart: toLocalDay(addWeeks(thisWeek, i - weeks + 1)),
    count: 0,
  }));
  const index = new Map(result.map((w, i) => [w.weekStart, i]));
  for (const day of days) {
    const i = index.get(weekStartOf(day));
    const week = i === undefined ? undefined : result[i];
    if (week && day <= today) week.count += 1;
  }
  return result;
}

/** The first day of the window weeklyCounts looks at, for an index read. */
export function windowStart(today: LocalDay, weeks = 8): LocalDay {
  return toLocalDay(addWeeks(parseISO(weekStartOf(today)), -(weeks - 1)));
}
