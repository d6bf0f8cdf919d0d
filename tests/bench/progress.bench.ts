import { bench, describe } from 'vitest';
import { db } from '../../src/db';
import { loadProgress } from '../../src/features/progress/useProgress';
import { gridStart } from '../../src/features/progress/progressData';
import { goalsHistory, logItems, sessionsAndCheckins, TEN_YEARS } from '../fixtures/dataset';

// The Progress tab must open about as fast with ten years of history as with
// only what it shows. loadProgress reads the shared `db`, so each bench swaps its
// contents before timing. "Questionnaires only" isolates the cost of the measure
// charts, which (unlike the others) show every result ever taken; "only what the
// charts show" holds just the rows inside the charts' windows, so its gap to
// "ten years" is the cost of the older history alone.
const DAY = '2026-11-29';
const history = goalsHistory();
const logs = logItems(TEN_YEARS.logItems);
const data = sessionsAndCheckins();

const heatmapFrom = gridStart(DAY);
const yearAgo = '2025-11-29';
const shown = {
  checkoffs: history.checkoffs.filter((c) => c.day >= heatmapFrom),
  logs: logs.filter((l) => l.day >= heatmapFrom),
  checkins: data.checkins.filter((c) => c.day >= yearAgo),
};

type Fill = 'empty' | 'questionnaires only' | 'only what the charts show' | 'ten years';

async function fill(what: Fill): Promise<void> {
  const tables = [db.goals, db.milestones, db.checkoffs, db.logItems, db.checkins, db.measureResults];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
    // The same goals and steps in every case: only the amount of history differs.
    await db.goals.bulkAdd(history.goals);
    await db.milestones.bulkAdd(history.milestones);
    if (what === 'empty') return;
    await db.measureResults.bulkAdd(data.measures);
    if (what === 'questionnaires only') return;
    if (what === 'only what the charts show') {
      await db.checkoffs.bulkAdd(shown.checkoffs);
      await db.logItems.bulkAdd(shown.logs);
      await db.checkins.bulkAdd(shown.checkins);
      return;
    }
    await db.checkoffs.bulkAdd(history.checkoffs);
    await db.logItems.bulkAdd(logs);
    await db.checkins.bulkAdd(data.checkins);
  });
}

describe(`Progress loader: empty vs ten years (${history.checkoffs.length} check-offs, ${logs.length} log items, ${data.checkins.length} check-ins, ${data.measures.length} questionnaires)`, () => {
  bench('same goals and steps, no history', () => loadProgress(DAY).then(() => undefined), { setup: () => fill('empty') });
  bench('questionnaires only (all history shown)', () => loadProgress(DAY).then(() => undefined), { setup: () => fill('questionnaires only') });
  bench('only what the charts show (12 weeks, a year of check-ins)', () => loadProgress(DAY).then(() => undefined), { setup: () => fill('only what the charts show') });
  bench('ten years of history', () => loadProgress(DAY).then(() => undefined), { setup: () => fill('ten years') });
});
