import { afterAll, bench, describe } from 'vitest';
import { db, sealState } from '../../src/db';
import { noteChange } from '../../src/db/seal/middleware';
import { createRecordCipher } from '../../src/db/seal/recordCipher';
import { journalRepo } from '../../src/features/journal/journal.repo';
import { queryEntries, rebuildSearchIndex } from '../../src/features/journal/journalSearch.repo';
import { newRecoveryKey } from '../../src/features/lock/keys';
import { forgetLock, turnOffLock, turnOnLock } from '../../src/features/lock/lockService';
import { loadProgress } from '../../src/features/progress/useProgress';
import { loadToday } from '../../src/features/today/loadToday';
import { goalsHistory, journalEntriesVaried, logItems, sessionsAndCheckins, TEN_YEARS } from '../fixtures/dataset';

// Encryption at rest must not make the daily screens slow. Each group runs the
// same read with lock off and with lock on (unlocked), over the same ten years,
// so the printed ratio is the cost of the seal alone. The loaders read the
// shared `db`, so each bench's setup fills it under the lock state it measures.
const DAY = '2026-11-29';
const history = goalsHistory();
const logs = logItems(TEN_YEARS.logItems);
const data = sessionsAndCheckins();
const entries = journalEntriesVaried(TEN_YEARS.journalEntries);
const key = crypto.getRandomValues(new Uint8Array(32));

type Lock = 'off' | 'on';

function setLock(lock: Lock): void {
  sealState.setStatus(lock);
  // A fresh cipher each time: putting one away overwrites the key bytes it holds.
  sealState.setCipher(lock === 'on' ? createRecordCipher(key) : undefined);
}

async function writeTenYears(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await db.goals.bulkAdd(history.goals);
    await db.milestones.bulkAdd(history.milestones);
    await db.checkoffs.bulkAdd(history.checkoffs);
    await db.logItems.bulkAdd(logs);
    await db.sessions.bulkAdd(data.sessions);
    await db.checkins.bulkAdd(data.checkins);
    await db.measureResults.bulkAdd(data.measures);
    await db.journalEntries.bulkAdd(entries);
  });
  await rebuildSearchIndex();
}

// tinybench calls setup before warm-up and again before the run: fill only when the state changes.
let filled: Lock | undefined;
async function tenYears(lock: Lock): Promise<void> {
  forgetLock();
  setLock(lock);
  if (filled === lock) return;
  await writeTenYears();
  filled = lock;
}

const off = { setup: () => tenYears('off') };
const on = { setup: () => tenYears('on') };

describe(`Today's loader, ten years (${history.checkoffs.length} check-offs): lock off vs on`, () => {
  bench('lock off', () => loadToday(DAY).then(() => undefined), off);
  bench('lock on (unlocked)', () => loadToday(DAY).then(() => undefined), on);
});

describe(`Progress loader, ten years (${logs.length} log items, ${data.checkins.length} check-ins): lock off vs on`, () => {
  bench('lock off', () => loadProgress(DAY).then(() => undefined), off);
  bench('lock on (unlocked)', () => loadProgress(DAY).then(() => undefined), on);
});

for (const query of ['kalo', 'renmi sado', 'k']) {
  describe(`journal search "${query}" in ${entries.length} entries, first 20: lock off vs on`, () => {
    bench('lock off (word index)', () => queryEntries({ query }, 20).then(() => undefined), off);
    bench('lock on (opened rows, in memory)', () => queryEntries({ query }, 20).then(() => undefined), on);
    // The first search after unlocking or after an entry changed opens every search row.
    bench(
      'lock on, first search after a change',
      async () => {
        noteChange('journalSearch');
        await queryEntries({ query }, 20);
      },
      on,
    );
  });
}

describe(`journal tag filter "family" in ${entries.length} entries, first 20: lock off vs on`, () => {
  bench('lock off (filter term in the index)', () => queryEntries({ query: '', tag: 'family' }, 20).then(() => undefined), off);
  bench('lock on (opened rows, in memory)', () => queryEntries({ query: '', tag: 'family' }, 20).then(() => undefined), on);
});

describe(`journal tag list (allTags) over ${entries.length} entries: lock off vs on`, () => {
  bench('lock off (tag index keys)', () => journalRepo.allTags().then(() => undefined), off);
  bench('lock on (opened entries)', () => journalRepo.allTags().then(() => undefined), on);
});

// The pass itself: one run each (it rewrites every row). Rows per second are printed after.
const passes: { name: string; rows: number; ms: number }[] = [];
const PASSPHRASE = 'a bench passphrase';
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

async function rowCount(): Promise<number> {
  const counts = await Promise.all(db.tables.filter((t) => t.name !== 'settings').map((t) => t.count()));
  return counts.reduce((a, b) => a + b, 0);
}

async function timed(name: string, pass: () => Promise<void>): Promise<void> {
  const rows = await rowCount();
  const start = performance.now();
  await pass();
  passes.push({ name, rows, ms: performance.now() - start });
  filled = undefined; // the rows changed state: the next setup writes them afresh

}

// Setup only before the timed run (tinybench also calls it before the empty warm-up).
type Mode = 'run' | 'warmup';
const beforeRun = (prepare: () => Promise<void>) => ({
  ...once,
  setup: async (_task: unknown, mode: Mode) => {
    if (mode === 'run') await prepare();
  },
});

describe('the lock on/off pass over ten years (every row rewritten once)', () => {
  bench(
    'turn lock on (seal every row, resumable batches)',
    async () => {
      await timed('on', () => turnOnLock({ passphrase: PASSPHRASE, recoveryKey: newRecoveryKey(), iterations: 1_000 }));
    },
    beforeRun(() => tenYears('off')),
  );
  bench(
    'turn lock off (open every row)',
    async () => {
      await timed('off', () => turnOffLock(PASSPHRASE));
    },
    beforeRun(async () => {
      await tenYears('off');
      await turnOnLock({ passphrase: PASSPHRASE, recoveryKey: newRecoveryKey(), iterations: 1_000 });
      filled = undefined;
    }),
  );
});

afterAll(() => {
  for (const p of passes) {
    console.log(`lock ${p.name} pass: ${p.rows} rows in ${Math.round(p.ms)} ms = ${Math.round((p.rows / p.ms) * 1000)} rows/s`);
  }
});
