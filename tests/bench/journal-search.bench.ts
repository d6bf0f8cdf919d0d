import { beforeAll, bench, describe } from 'vitest';
import { db } from '../../src/db';
import { queryEntries, rebuildSearchIndex } from '../../src/features/journal/journalSearch.repo';
import type { JournalEntry } from '../../src/db';
import { queryTokens, tokenize } from '../../src/lib/searchText';
import { journalEntriesVaried, TEN_YEARS } from '../fixtures/dataset';

// Search must feel instant with ten years of entries. Each group prints how
// many times faster the word index is than reading every entry and matching.
beforeAll(async () => {
  await db.journalEntries.bulkAdd(journalEntriesVaried(TEN_YEARS.journalEntries));
  await rebuildSearchIndex();
});

/** The obvious alternative: read everything, match word prefixes, sort, take a page. */
async function rawScan(query: string, limit: number): Promise<JournalEntry[]> {
  const tokens = queryTokens(query);
  const all = await db.journalEntries.toArray();
  const hits = all.filter((e) => {
    if (e.deletedAt) return false;
    const words = tokenize([e.title, e.body, ...e.tags].join('\n'));
    return tokens.every((t) => words.some((w) => w.startsWith(t)));
  });
  hits.sort((a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt));
  return hits.slice(0, limit);
}

for (const query of ['kalo', 'renmi sado', 'k']) {
  describe(`search "${query}" in ${TEN_YEARS.journalEntries} entries, first 50`, () => {
    bench('queryEntries (word index, keys only, then one page)', async () => {
      await queryEntries({ query }, 50);
    });
    bench('raw IndexedDB scan of every entry', async () => {
      await rawScan(query, 50);
    });
  });
}

describe(`tag filter "family" in ${TEN_YEARS.journalEntries} entries, first 50`, () => {
  bench('queryEntries (filter term in the index)', async () => {
    await queryEntries({ query: '', tag: 'family' }, 50);
  });
  bench('raw IndexedDB scan of every entry', async () => {
    const all = await db.journalEntries.toArray();
    all.filter((e) => e.tags.includes('family')).sort((a, b) => b.day.localeCompare(a.day)).slice(0, 50);
  });
});
