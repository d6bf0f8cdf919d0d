import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import type { Checkoff } from '../../../../src/db';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import { resetDb } from '../../../fixtures/db';
import { sampleRows } from '../../../fixtures/rows';

const c: Checkoff = sampleRows().checkoffs;

describe('check-offs of every step over a range of days', () => {
  beforeEach(async () => {
    await resetDb();
    await db.checkoffs.bulkAdd([
      { ...c, id: 'before', day: '2026-09-06' },
      { ...c, id: 'first', day: '2026-09-07' },
      { ...c, id: 'other-step', milestoneId: 'm-2', day: '2026-10-01' },
      { ...c, id: 'undone', day: '2026-10-02', deletedAt: '2026-10-02T20:00:00.000Z' },
      { ...c, id: 'last', day: '2026-11-29' },
      { ...c, id: 'after', day: '2026-11-30' },
    ]);
  });

  it('includes both boundary days, every step, oldest first, and leaves out undone ones', async () => {
    const rows = await milestonesRepo.checkoffsOnDays('2026-09-07', '2026-11-29');
    expect(rows.map((r) => r.id)).toEqual(['first', 'other-step', 'last']);
  });

  it('reads a single day, and nothing for an empty or reversed range', async () => {
    expect((await milestonesRepo.checkoffsOnDays('2026-11-29', '2026-11-29')).map((r) => r.id)).toEqual(['last']);
    expect(await milestonesRepo.checkoffsOnDays('2026-10-03', '2026-11-28')).toEqual([]);
    expect(await milestonesRepo.checkoffsOnDays('2026-11-29', '2026-09-07')).toEqual([]);
  });
});
