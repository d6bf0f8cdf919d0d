import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import { goalValues, lastActivityDay, recentShifts, whyRepo } from '../../../../src/features/why/why.repo';
import { resetDb } from '../../../fixtures/db';
import { sampleRows } from '../../../fixtures/rows';

const rows = sampleRows();

describe('my why', () => {
  beforeEach(resetDb);

  it('keeps every edit as a version, newest first; unchanged or empty saves add nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-01T10:00:00Z'));
    await expect(whyRepo.save({ whyStarted: ' ', ownWords: '' })).rejects.toMatchObject({ field: 'whyStarted' });
    await whyRepo.save({ whyStarted: 'Evenings back', ownWords: '' });
    vi.setSystemTime(new Date('2026-11-02T10:00:00Z'));
    await whyRepo.save({ whyStarted: 'Evenings back ', ownWords: '' });
    vi.setSystemTime(new Date('2026-11-03T10:00:00Z'));
    await whyRepo.save({ whyStarted: 'Evenings back', ownWords: 'Gentle, not perfect' });
    vi.useRealTimers();
    expect((await whyRepo.history()).map((v) => v.ownWords)).toEqual(['Gentle, not perfect', '']);
    expect((await whyRepo.current())?.ownWords).toBe('Gentle, not perfect');
  });

  it('pulls values from active and paused goals, once each', async () => {
    const g = rows.goals;
    await db.goals.bulkAdd([
      { ...g, id: 'a', value: 'Health' },
      { ...g, id: 'b', value: ' Health ', status: 'paused' },
      { ...g, id: 'c', value: 'Family' },
      { ...g, id: 'd', value: 'Old', status: 'archived' },
      { ...g, id: 'e', value: '' },
    ]);
    expect(await goalValues()).toEqual(['Health', 'Family']);
  });

  it('finds the latest day with an entry or a check-off, ignoring deleted ones', async () => {
    expect(await lastActivityDay()).toBeUndefined();
    await db.journalEntries.bulkAdd([{ ...rows.journalEntries, id: 'e1', day: '2026-11-20' }, { ...rows.journalEntries, id: 'e2', day: '2026-11-27', deletedAt: 'x' }]);
    await db.checkoffs.add({ ...rows.checkoffs, day: '2026-11-22' });
    expect(await lastActivityDay()).toBe('2026-11-22');
  });

  it('lists shifts already made: recent successes and the steps actually done', async () => {
    await db.milestones.bulkAdd([rows.milestones, { ...rows.milestones, id: 'm-2', title: 'Walk at lunch' }]);
    await db.checkoffs.bulkAdd([
      { ...rows.checkoffs, id: 'c1', milestoneId: 'm-1', day: '2026-11-20' },
      { ...rows.checkoffs, id: 'c2', milestoneId: 'm-1', day: '2026-11-21' },
      { ...rows.checkoffs, id: 'c3', milestoneId: 'm-2', day: '2026-11-19' },
    ]);
    await db.logItems.bulkAdd([
      { ...rows.logItems, id: 's1', kind: 'success', text: 'Said no', day: '2026-11-20' },
      { ...rows.logItems, id: 'u1', kind: 'surprise', text: 'Not this', day: '2026-11-21' },
    ]);
    const shifts = await recentShifts();
    expect(shifts.successes.map((s) => s.text)).toEqual(['Said no']);
    expect(shifts.steps.map((s) => s.title)).toEqual(['Screens off at 23:00', 'Walk at lunch']);
  });
});
