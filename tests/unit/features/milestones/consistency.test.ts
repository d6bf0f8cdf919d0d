import { describe, expect, it } from 'vitest';
import type { Milestone, Schedule } from '../../../../src/db';
import { consistency, goalScore, occurrences, weightedScore } from '../../../../src/features/milestones/consistency';
import { daysBetween, shiftDay } from '../../../../src/features/milestones/schedule';

const TODAY = '2026-11-29'; // a Sunday

function m(schedule: Schedule, startDay: string, pauses?: Milestone['pauses']): Pick<Milestone, 'schedule' | 'startDay' | 'pauses'> {
  return { schedule, startDay, ...(pauses ? { pauses } : {}) };
}

describe('consistency score (λ = 0.95 per occurrence, newest weight 1)', () => {
  it('weights recent occurrences more: hand-computed small cases', () => {
    const daily = m({ kind: 'daily' }, '2026-11-26');
    // 26 done, 27 missed, 28 done, today not yet done → today is left out.
    const done = new Set(['2026-11-26', '2026-11-28']);
    expect(occurrences(daily, done, TODAY)).toEqual([
      { day: '2026-11-26', value: 1 },
      { day: '2026-11-27', value: 0 },
      { day: '2026-11-28', value: 1 },
    ]);
    // (0.9025 + 1) / (0.9025 + 0.95 + 1) = 1.9025 / 2.8525
    expect(weightedScore(occurrences(daily, done, TODAY))).toBeCloseTo(0.66696, 5);
    done.add(TODAY);
    // (0.857375 + 0.95 + 1) / (0.857375 + 0.9025 + 0.95 + 1) = 2.807375 / 3.709875
    expect(consistency(daily, done, TODAY).score).toBeCloseTo(0.75673, 5);
  });

  it('barely moves for one missed day after weeks of practice', () => {
    const daily = m({ kind: 'daily' }, '2025-01-01');
    const all = new Set(daysBetween(shiftDay(TODAY, -55), TODAY));
    expect(consistency(daily, all, TODAY).score).toBe(1);
    all.delete(shiftDay(TODAY, -1));
    // 56 occurrences: Σw = (1 - 0.95^56) / 0.05 = 18.8686; the miss has weight 0.95.
    const c = consistency(daily, all, TODAY);
    expect(c.score).toBeCloseTo(1 - 0.95 / 18.8686, 4);
    expect(c.score).toBeGreaterThan(0.94);
    expect(c.recent).toEqual({ done: 6, due: 7, unit: 'days' });
  });

  it('leaves out paused days and days before the start', () => {
    const daily = m({ kind: 'daily' }, '2026-11-26', [{ from: '2026-11-27', to: '2026-11-28' }]);
    // Occurrences: 26 (missed), 28 (done). 27 was paused, today is open.
    expect(occurrences(daily, new Set(['2026-11-28']), TODAY)).toEqual([
      { day: '2026-11-26', value: 0 },
      { day: '2026-11-28', value: 1 },
    ]);
    expect(weightedScore(occurrences(daily, new Set(['2026-11-28']), TODAY))).toBeCloseTo(1 / 1.95, 5);
  });

  it('counts only planned weekdays', () => {
    const monWedFri = m({ kind: 'weekdays', days: [1, 3, 5] }, '2026-11-23');
    const list = occurrences(monWedFri, new Set(['2026-11-23', '2026-11-27']), TODAY);
    expect(list).toEqual([
      { day: '2026-11-23', value: 1 },
      { day: '2026-11-25', value: 0 },
      { day: '2026-11-27', value: 1 },
    ]);
  });

  it('scores N-per-week by whole weeks, prorating a partly active week', () => {
    const twice = m({ kind: 'perWeek', times: 2 }, '2026-11-16');
    // Week of 16th: 1 of 2 → 0.5. This week: 2 of 2 → 1. (0.95·0.5 + 1) / 1.95
    const done = new Set(['2026-11-18', '2026-11-24', '2026-11-26']);
    expect(occurrences(twice, done, TODAY)).toEqual([
      { day: '2026-11-16', value: 0.5 },
      { day: '2026-11-23', value: 1 },
    ]);
    expect(consistency(twice, done, TODAY).score).toBeCloseTo(1.475 / 1.95, 5);
    // An unfinished current week never lowers the score.
    expect(occurrences(twice, new Set(['2026-11-18', '2026-11-24']), TODAY)).toEqual([{ day: '2026-11-16', value: 0.5 }]);
    // Started on a Thursday: 4 active days → expected max(1, round(3·4/7)) = 2.
    const thrice = m({ kind: 'perWeek', times: 3 }, '2026-11-19');
    expect(occurrences(thrice, new Set(['2026-11-20']), TODAY)).toEqual([{ day: '2026-11-16', value: 0.5 }]);
    expect(consistency(thrice, new Set(['2026-11-20']), TODAY).recent).toEqual({ done: 0, due: 1, unit: 'weeks' });
  });

  it('scores once-by-date as done, open (nothing yet) or past its day', () => {
    const once = m({ kind: 'once', by: '2026-11-27' }, '2026-11-20');
    expect(consistency(once, new Set(['2026-11-22']), TODAY).score).toBe(1);
    expect(consistency(once, new Set(), TODAY).score).toBe(0);
    expect(consistency(once, new Set(), '2026-11-25').score).toBeNull();
  });

  it('has nothing to say before anything was due, and averages a goal over known scores', () => {
    expect(consistency(m({ kind: 'daily' }, TODAY), new Set(), TODAY)).toEqual({ score: null, recent: { done: 0, due: 0, unit: 'days' } });
    expect(goalScore([null, 0.5, 1])).toBe(0.75);
    expect(goalScore([null])).toBeNull();
  });
});
