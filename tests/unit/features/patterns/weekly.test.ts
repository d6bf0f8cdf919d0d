import { beforeEach, describe, expect, it } from 'vitest';
import { patternsRepo } from '../../../../src/features/patterns/patterns.repo';
import { weeklyCounts, windowStart } from '../../../../src/features/patterns/weekly';
import { resetDb } from '../../../fixtures/db';

describe('pattern counts per week', () => {
  it('groups days into Monday–Sunday weeks, oldest first, ignoring days outside the window', () => {
    // 29 Nov 2026 is a Sunday: its week starts Monday 23 Nov.
    const weeks = weeklyCounts(['2026-11-23', '2026-11-29', '2026-11-22', '2026-11-16', '2026-09-01', '2026-11-30'], '2026-11-29', 3);
    expect(weeks).toEqual([
      { weekStart: '2026-11-09', count: 0 },
      { weekStart: '2026-11-16', count: 2 },
      { weekStart: '2026-11-23', count: 2 },
    ]);
    expect(windowStart('2026-11-29', 3)).toBe('2026-11-09');
  });

  it('weeks across the clock change stay whole', () => {
    const weeks = weeklyCounts(['2026-10-25', '2026-10-26'], '2026-10-27', 2);
    expect(weeks).toEqual([
      { weekStart: '2026-10-19', count: 1 },
      { weekStart: '2026-10-26', count: 1 },
    ]);
  });
});

describe('naming patterns', () => {
  beforeEach(resetDb);

  it('refuses a name already in use, ignoring case, and an empty one', async () => {
    await patternsRepo.addNamed('Avoidance', '');
    await expect(patternsRepo.addNamed(' avoidance ', '')).rejects.toMatchObject({ field: 'name', messageKey: 'validation.duplicate' });
    await expect(patternsRepo.addNamed('  ', '')).rejects.toMatchObject({ field: 'name' });
    expect((await patternsRepo.listByName()).map((p) => p.name)).toEqual(['Avoidance']);
  });
});
