import { format, parseISO } from 'date-fns';
import type { Milestone, Schedule } from '../../db';
import { t, type MessageKey } from '../../i18n';
import type { Consistency } from './consistency';

/** Sunday-first, matching Schedule.weekdays (0 = Sunday). */
export const dayKeys: MessageKey[] = [
  'milestones.day.sun',
  'milestones.day.mon',
  'milestones.day.tue',
  'milestones.day.wed',
  'milestones.day.thu',
  'milestones.day.fri',
  'milestones.day.sat',
];

export function describeSchedule(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'daily':
      return t('milestones.describe.daily');
    case 'perWeek':
      return schedule.times === 1 ? t('milestones.describe.perWeekOne') : t('milestones.describe.perWeek', { times: schedule.times });
    case 'weekdays':
      // Listed Monday first, as people read a week.
      return t('milestones.describe.weekdays', {
        days: [...schedule.days]
          .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
          .map((d) => t(dayKeys[d] ?? 'milestones.day.mon'))
          .join(', '),
      });
    case 'once':
      return t('milestones.describe.once', { date: format(parseISO(schedule.by), 'EEE d MMM') });
  }
}

export function describeMilestone(m: Milestone): string {
  const parts = [describeSchedule(m.schedule)];
  if (m.target) parts.push(t('milestones.describe.target', { amount: m.target.amount, unit: m.target.unit }));
  return parts.join(' · ');
}

/** Plain words for the score: never a streak, never a verdict. */
export function describeConsistency(c: Consistency): string {
  const { done, due, unit } = c.recent;
  if (unit === 'once') return done > 0 ? t('milestones.consistency.onceDone') : t('milestones.consistency.onceOpen');
  if (due === 0) return t('milestones.consistency.none');
  return t(unit === 'weeks' ? 'milestones.consistency.weeks' : 'milestones.consistency.days', { done, due });
}
