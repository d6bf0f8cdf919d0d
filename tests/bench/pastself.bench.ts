import { bench, describe } from 'vitest';
import { db } from '../../src/db';
import { loadTodayPastSelf } from '../../src/features/pastself/useTodayPastSelf';
import { goalsHistory, journalEntries, logItems, TEN_YEARS } from '../fixtures/dataset';

// The past-self card sits on Today: it must cost the same with ten years of
// journal entries, check-offs and successes as with none (index reads only).
const DAY = '2026-11-29';
const NOW = new Date('2026-11-29T09:30:00Z');
const history = goalsHistory();
const logs = logItems(TEN_YEARS.logItems);
const entries = journalEntries(TEN_YEARS.journalEntries);

async function fill(full: boolean): Promise<void> {
  const tables = [db.goals, db.milestones, db.checkoffs, db.logItems, db.journalEntries];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
    if (!full) return;
    await db.goals.bulkAdd(history.goals);
    await db.milestones.bulkAdd(history.milestones);
    await db.checkoffs.bulkAdd(history.checkoffs);
    await db.logItems.bulkAdd(logs);
    await db.journalEntries.bulkAdd(entries);
  });
}

describe(`Today's past-self card: empty vs ten years (${history.checkoffs.length} check-offs, ${entries.length} entries)`, () => {
  bench('empty database', async () => {
    await loadTodayPastSelf(DAY, NOW);
  }, { setup: () => fill(false) });

  bench('ten years of history', async () => {
    await loadTodayPastSelf(DAY, NOW);
  }, { setup: () => fill(true) });
});
