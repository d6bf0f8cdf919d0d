import { describe, expect, it } from 'vitest';
import { gridStart, heatGrid, timePositions, weeklyCounts, WEEKS } from '../../../../src/features/progress/progressData';

describe('progress data', () => {
  // 2024-05-08 is a Wednesday; its week starts Monday 2024-05-06.
  const today = '2024-05-08';

  it('heatmap covers whole Monday-first weeks ending this week, with future days empty', () => {
    expect(gridStart(today)).toBe('2024-02-19');
    const grid = heatGrid(today, new Map([['2024-05-07', 2], ['2024-02-19', 1], ['2024-02-18', 9]]));
    expect(grid).toHaveLength(WEEKS);
    expect(grid[0]?.[0]).toEqual({ day: '2024-02-19', count: 1 });
    const last = grid[WEEKS - 1];
    expect(last?.[1]).toEqual({ day: '2024-05-07', count: 2 });
    expect(last?.[2]).toEqual({ day: '2024-05-08', count: 0 });
    expect(last?.[3]).toBeUndefined();
    // The DST week (Mon 25 March 2024) still has 7 distinct days.
    const dstWeek = grid.find((w) => w[0]?.day === '2024-03-25');
    expect(dstWeek?.map((c) => c?.day)).toEqual(['2024-03-25', '2024-03-26', '2024-03-27', '2024-03-28', '2024-03-29', '2024-03-30', '2024-03-31']);
  });

  it('counts successes and surprises per week, ignoring days outside the window', () => {
    const weeks = weeklyCounts(today, [
      { kind: 'success', day: '2024-05-06' },
      { kind: 'success', day: '2024-05-08' },
      { kind: 'surprise', day: '2024-05-05' },
      { kind: 'success', day: '2024-02-18' },
      { kind: 'success', day: '2024-05-09' },
    ]);
    expect(weeks).toHaveLength(WEEKS);
    expect(weeks.at(-1)).toEqual({ monday: '2024-05-06', successes: 2, surprises: 0 });
    expect(weeks.at(-2)).toEqual({ monday: '2024-04-29', successes: 0, surprises: 1 });
    expect(weeks.reduce((n, w) => n + w.successes + w.surprises, 0)).toBe(3);
  });

  it('places days on a 0..1 time axis', () => {
    expect(timePositions([])).toEqual([]);
    expect(timePositions(['2024-05-01'])).toEqual([0.5]);
    expect(timePositions(['2024-05-01', '2024-05-03', '2024-05-05'])).toEqual([0, 0.5, 1]);
  });
});
