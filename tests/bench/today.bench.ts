import { bench, describe } from 'vitest';
import { db } from '../../src/db';
import { loadToday } from '../../src/features/today/loadToday';
import { goalsHistory, logItems, TEN_YEARS } from '../fixtures/dataset';

// Today must open as fast with ten years of history as with none. loadToday
// reads the shared `db`, so each bench swaps its contents before timing.
const DAY = '2026-11-29';
const history = goalsHistory();
const logs = logItems(TEN_YEARS.logItems);

type Fill = 'empty' | 'steps only' | 'ten years';

async function fill(what: Fill): Promise<void> {
  await db.transaction('rw', [db.goals, db.milestones, db.checkoffs, db.logItems], async () => {
    await Promise.all([db.goals.clear(), db.milestones.clear(), db.checkoffs.clear(), db.logItems.clear()]);
    if (what === 'empty') return;
    await db.goals.bulkAdd(history.goals);
    await db.milestones.bulkAdd(history.milestones);
    // The same goals and steps with no past check-offs: isolates the cost of history.
    if (what === 'steps only') return;
    await db.checkoffs.bulkAdd(history.checkoffs);
    await db.logItems.bulkAdd(logs);
  });
}

describe(`Today's loader: empty vs ten years (${history.checkoffs.length} check-offs, ${logs.length} log items)`, () => {
  bench(
    'empty database',
    async () => {
      await loadToday(DAY);
    },
    { setup: () => fill('empty') },
  );

  bench(
    'same 8 active steps, no history',
    async () => {
      await loadToday(DAY);
    },
    { setup: () => fill('steps only') },
  );

  bench(
    'ten years of history',
    async () => {
      await loadToday(DAY);
    },
    { setup: () => fill('ten years') },
  );
});
