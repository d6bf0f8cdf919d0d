import type { LocalDay } from '../../db';
import { daysFrom, shiftDay, weekOf } from '../milestones/schedule';

/** Weeks shown in the heatmap and the weekly bars. */
export const WEEKS = 12;

export interface HeatCell {
  day: LocalDay;
  count: number;
}

/** The Monday WEEKS-1 weeks before this week's Monday: the first day shown. */
export function gridStart(today: LocalDay): LocalDay {
  return shiftDay(weekOf(today).from, -7 * (WEEKS - 1));
}

/** Monday-first weeks of day cells from gridStart to today; days after today are undefined. */
export function heatGrid(today: LocalDay, countByDay: ReadonlyMap<LocalDay, number>): (HeatCell | undefined)[][] {
  const start = gridStart(today);
  return Array.from({ length: WEEKS }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const day = shiftDay(start, w * 7 + d);
      return day > today ? undefined : { day, count: countByDay.get(day) ?? 0 };
    }),
  );
}

/** Successes and surprises per Monday-first week, oldest first, WEEKS weeks ending this week. */
export function weeklyCounts(
  today: LocalDay,
  items: readonly { kind: 'success' | 'surprise'; day: LocalDay }[],
): { monday: LocalDay; successes: number; surprises: number }[] {
  const start = gridStart(today);
  const weeks = Array.from({ length: WEEKS }, (_, w) => ({ monday: shiftDay(start, w * 7), successes: 0, surprises: 0 }));
  for (const item of items) {
    if (item.day < start || item.day > today) continue;
    const week = weeks[Math.floor(daysFrom(start, item.day) / 7)];
    if (!week) continue;
    if (item.kind === 'success') week.successes += 1;
    else week.surprises += 1;
  }
  return weeks;
}

/** Places days on a 0..1 time axis (a single day sits in the middle). */
export function timePositions(days: readonly LocalDay[]): number[] {
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return [];
  const span = daysFrom(first, last);
  return days.map((d) => (span === 0 ? 0.5 : daysFrom(first, d) / span));
}
