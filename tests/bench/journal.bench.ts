import { beforeAll, bench, describe } from 'vitest';
import { db } from '../../src/db';
import { journalRepo } from '../../src/features/journal/journal.repo';
import { journalEntries, TEN_YEARS } from '../fixtures/dataset';

// The journal list must open as fast with ten years of entries as with a few.
// Each group prints how many times faster the indexed read is than a full scan.
beforeAll(async () => {
  await db.journalEntries.bulkAdd(journalEntries(TEN_YEARS.journalEntries));
});

describe(`latest 20 of ${TEN_YEARS.journalEntries} journal entries`, () => {
  bench('journalRepo.listRecent (index, stops at 20)', async () => {
    await journalRepo.listRecent(20);
  });

  bench('raw scan of every entry, sort, take 20', async () => {
    const all = await db.journalEntries.toArray();
    all.sort((a, b) => b.day.localeCompare(a.day));
    all.slice(0, 20);
  });
});
