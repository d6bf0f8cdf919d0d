import { bench, describe } from 'vitest';
import { db } from '../../src/db';
import { changesSince, hasWords } from '../../src/features/backup/backup.repo';
import { loadToday } from '../../src/features/today/loadToday';
import { goalsHistory, journalEntries, logItems, TEN_YEARS } from '../fixtures/dataset';

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

// The backup suggestion on Today counts what changed since the last backup
// (here ten days ago): it must read only those rows, however long the history.
const BACKED_UP = '2026-11-19T09:30:00.000Z';
const entries = journalEntries(TEN_YEARS.journalEntries);
const recent = <T extends { day: string }>(rows: T[]): T[] => rows.filter((r) => r.day >= BACKED_UP.slice(0, 10));

async function fillForBackup(what: 'empty' | 'last ten days' | 'ten years'): Promise<void> {
  const tables = [db.journalEntries, db.checkoffs, db.logItems];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
    if (what === 'empty') return;
    const all = what === 'ten years';
    await db.journalEntries.bulkAdd(all ? entries : recent(entries));
    await db.checkoffs.bulkAdd(all ? history.checkoffs : recent(history.checkoffs));
    await db.logItems.bulkAdd(all ? logs : recent(logs));
  });
}

const backupReads = () => Promise.all([hasWords(), changesSince(BACKED_UP)]).then(() => undefined);

describe(`Today's backup suggestion: empty vs ten years (${entries.length} entries, backed up ten days ago)`, () => {
  bench('empty database', backupReads, { setup: () => fillForBackup('empty') });
  bench('only the ten days since the backup', backupReads, { setup: () => fillForBackup('last ten days') });
  bench('ten years of history', backupReads, { setup: () => fillForBackup('ten years') });
});
