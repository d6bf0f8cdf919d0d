import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import type { Checkoff, MeasureResult, Milestone } from '../../../../src/db';
import { gridStart } from '../../../../src/features/progress/progressData';
import { loadProgress } from '../../../../src/features/progress/useProgress';
import { resetDb } from '../../../fixtures/db';
import { sampleRows } from '../../../fixtures/rows';

const rows = sampleRows();
const TODAY = '2026-11-29';
const FROM = gridStart(TODAY);
const gone = { deletedAt: '2026-11-01T00:00:00.000Z' };

describe('Progress loader', () => {
  beforeEach(async () => {
    await resetDb();
    const m: Milestone = rows.milestones;
    await db.goals.add(rows.goals);
    await db.milestones.bulkAdd([
      { ...m, id: 'm-active' },
      { ...m, id: 'm-paused', status: 'paused' },
      { ...m, id: 'm-deleted', ...gone },
    ]);
    const c: Checkoff = rows.checkoffs;
    await db.checkoffs.bulkAdd([
      { ...c, id: 'a-before-window', milestoneId: 'm-active', day: '2026-09-06' },
      { ...c, id: 'a-first-day', milestoneId: 'm-active', day: FROM },
      { ...c, id: 'a-today', milestoneId: 'm-active', day: TODAY },
      { ...c, id: 'a-undone', milestoneId: 'm-active', day: '2026-11-20', ...gone },
      { ...c, id: 'paused-today', milestoneId: 'm-paused', day: TODAY },
      { ...c, id: 'deleted-step-today', milestoneId: 'm-deleted', day: TODAY },
    ]);
    const r: MeasureResult = rows.measureResults;
    await db.measureResults.bulkAdd([
      { ...r, id: 'old', day: '2016-01-04', total: 20 },
      { ...r, id: 'new', day: '2026-11-02', total: 4 },
      { ...r, id: 'draft', day: '2026-11-03', status: 'draft' },
      { ...r, id: 'removed', day: '2026-11-04', ...gone },
    ]);
  });

  it("counts practice in the heatmap's weeks for active steps only, boundaries included", async () => {
    expect(FROM).toBe('2026-09-07');
    const data = await loadProgress(TODAY);
    expect([...data.practice.entries()]).toEqual([
      [FROM, 1],
      [TODAY, 1],
    ]);
    expect(data.hasMilestones).toBe(true);
  });

  it('keeps every completed questionnaire, however old, oldest first', async () => {
    const data = await loadProgress(TODAY);
    expect(data.measures).toEqual([{ measure: 'phq9', values: [{ day: '2016-01-04', score: 20 }, { day: '2026-11-02', score: 4 }] }]);
  });
});
