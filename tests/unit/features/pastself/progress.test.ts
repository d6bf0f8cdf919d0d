import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import type { CheckIn, Checkoff, Goal, JournalEntry, LogItem, Session } from '../../../../src/db';
import { progressFigures } from '../../../../src/features/pastself/progress';
import { loadProgressInputs } from '../../../../src/features/pastself/progress.repo';
import { resetDb } from '../../../fixtures/db';
import { sampleRows } from '../../../fixtures/rows';

const NOW = new Date('2026-11-29T09:30:00Z');
const rows = sampleRows();
const gone = { deletedAt: '2026-11-01T00:00:00.000Z' };

async function seed() {
  const goal: Goal = rows.goals;
  await db.goals.bulkAdd([goal, { ...goal, id: 'g-2', title: 'Call a friend' }]);
  await db.intakes.add({ ...rows.intakes, overall: 3, goalRatings: [{ goalId: 'g-1', value: 2 }, { goalId: 'g-gone', value: 1 }] });
  const checkin: CheckIn = rows.checkins;
  await db.checkins.bulkAdd([
    { ...checkin, id: 'ci-old', day: '2026-10-01', overall: 4, ratings: [{ goalId: 'g-1', value: 3 }] },
    { ...checkin, id: 'ci-new', day: '2026-11-20', overall: 6, ratings: [{ goalId: 'g-1', value: 7 }, { goalId: 'g-2', value: 5 }] },
    { ...checkin, id: 'ci-deleted', day: '2026-11-25', overall: 1, ...gone },
  ]);
  const c: Checkoff = rows.checkoffs;
  await db.checkoffs.bulkAdd([{ ...c, id: 'c1' }, { ...c, id: 'c2', day: '2026-11-02' }, { ...c, id: 'c3', day: '2026-11-03' }, { ...c, id: 'c4', ...gone }]);
  const l: LogItem = rows.logItems;
  await db.logItems.bulkAdd([
    { ...l, id: 's1', kind: 'success' },
    { ...l, id: 's2', kind: 'success', day: '2026-11-10' },
    { ...l, id: 's3', kind: 'success', ...gone },
    { ...l, id: 'u1', kind: 'surprise' },
  ]);
  const s: Session = rows.sessions;
  await db.sessions.bulkAdd([
    { ...s, id: 'p1', startsAt: '2026-11-01T10:00:00.000Z' },
    { ...s, id: 'p2', startsAt: '2026-11-22T10:00:00.000Z' },
    { ...s, id: 'future', startsAt: '2026-12-06T10:00:00.000Z' },
  ]);
  const e: JournalEntry = rows.journalEntries;
  await db.journalEntries.bulkAdd([{ ...e, id: 'e1' }, { ...e, id: 'e2' }, { ...e, id: 'e3', ...gone }]);
}

describe('progress figures for the letter panel', () => {
  beforeEach(resetDb);

  it('with no data at all, shows nothing and invents nothing', async () => {
    const inputs = await loadProgressInputs(NOW);
    expect(inputs).toEqual({ goals: [], checkoffs: 0, successes: 0, sessions: 0, entries: 0 });
    expect(progressFigures(inputs, 'Overall')).toEqual({ ratings: [], counts: [] });
  });

  it('counts only live records, sessions that have started and successes (not surprises)', async () => {
    await seed();
    const figures = progressFigures(await loadProgressInputs(NOW), 'Overall');
    expect(figures.counts).toEqual([
      { kind: 'sessions', count: 2 },
      { kind: 'entries', count: 2 },
      { kind: 'checkoffs', count: 3 },
      { kind: 'successes', count: 2 },
    ]);
  });

  it('compares first ratings with the latest live check-in, only where both exist', async () => {
    await seed();
    const figures = progressFigures(await loadProgressInputs(NOW), 'Overall');
    expect(figures.ratings).toEqual([
      { label: 'Overall', then: 3, now: 6, nowDay: '2026-11-20' },
      { label: 'Sleep before midnight', then: 2, now: 7, nowDay: '2026-11-20' },
    ]);
  });

  it('an intake without any check-in yet gives no "now" figures', async () => {
    await db.intakes.add(rows.intakes);
    await db.sessions.add({ ...rows.sessions, startsAt: '2026-11-01T10:00:00.000Z' });
    const figures = progressFigures(await loadProgressInputs(NOW), 'Overall');
    expect(figures).toEqual({ ratings: [], counts: [{ kind: 'sessions', count: 1 }] });
  });
});
