import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import type { JournalEntry } from '../../../../src/db';
import { searchRowFor } from '../../../../src/db/journalSearch';
import { schemaHistory } from '../../../../src/db/schema';
import type { NewRecord } from '../../../../src/db/records';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import {
  ensureSearchIndex,
  queryEntries,
  rebuildSearchIndex,
  type JournalFilter,
} from '../../../../src/features/journal/journalSearch.repo';
import { resetDb } from '../../../fixtures/db';
import { sampleRows } from '../../../fixtures/rows';

function entry(over: Partial<NewRecord<JournalEntry>> = {}): NewRecord<JournalEntry> {
  return { day: '2024-03-04', title: '', body: 'Some words', tags: [], bringToSession: 0, ...over };
}

const find = async (filter: Partial<JournalFilter>, limit = 50) =>
  (await queryEntries({ query: '', ...filter }, limit)).entries.map((e) => e.body);

describe('journal search', () => {
  beforeEach(resetDb);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('matches word prefixes across title, body and tags, ignoring case and accents', async () => {
    await journalRepo.add(entry({ day: '2024-03-01', title: 'Café morning', body: 'a' }));
    await journalRepo.add(entry({ day: '2024-03-02', body: 'Walked by the RIVER' }));
    await journalRepo.add(entry({ day: '2024-03-03', body: 'c', tags: ['Sleep-hygiene'] }));
    expect(await find({ query: 'cafe' })).toEqual(['a']);
    expect(await find({ query: 'CAFÉ' })).toEqual(['a']);
    expect(await find({ query: 'riv' })).toEqual(['Walked by the RIVER']);
    expect(await find({ query: 'hyg' })).toEqual(['c']);
    expect(await find({ query: 'alked' })).toEqual([]);
  });

  it('needs every word of the query, newest day first', async () => {
    await journalRepo.add(entry({ day: '2024-03-01', body: 'calm walk' }));
    await journalRepo.add(entry({ day: '2024-03-05', body: 'calm river walk' }));
    await journalRepo.add(entry({ day: '2024-03-03', body: 'calm evening' }));
    expect(await find({ query: 'calm walk' })).toEqual(['calm river walk', 'calm walk']);
    expect(await find({ query: 'calm' })).toEqual(['calm river walk', 'calm evening', 'calm walk']);
    expect(await find({ query: 'calm nothing' })).toEqual([]);
  });

  it('keeps the index right through edits, day changes, deletes and restores', async () => {
    const e = await journalRepo.add(entry({ day: '2024-03-01', body: 'old words' }));
    await journalRepo.update(e.id, { body: 'new words', day: '2024-02-01' });
    expect(await find({ query: 'old' })).toEqual([]);
    expect(await find({ query: 'new' })).toEqual(['new words']);
    expect(await db.journalSearch.where('entryId').equals(e.id).count()).toBe(1);
    await journalRepo.softDelete(e.id);
    expect(await find({ query: 'new' })).toEqual([]);
    expect(await db.journalSearch.where('entryId').equals(e.id).first()).toMatchObject({ terms: [] });
    await journalRepo.restore(e.id);
    expect(await find({ query: 'new' })).toEqual(['new words']);
  });

  it('a rejected write leaves entry and index unchanged', async () => {
    const e = await journalRepo.add(entry({ body: 'kept' }));
    const before = await db.journalSearch.toArray();
    await expect(journalRepo.update(e.id, { body: '   ' })).rejects.toMatchObject({ field: 'body' });
    expect(await db.journalSearch.toArray()).toEqual(before);
  });

  it('filters by tag, prompt, bring-to-session and date range, alone and with words', async () => {
    await journalRepo.add(entry({ day: '2024-03-01', body: 'one', tags: ['work'], promptId: 'p1' }));
    await journalRepo.add(entry({ day: '2024-03-02', body: 'two', tags: ['work', 'sleep'], bringToSession: 1 }));
    await journalRepo.add(entry({ day: '2024-03-03', body: 'three', promptId: 'p2', bringToSession: 1 }));
    await journalRepo.add(entry({ day: '2024-03-04', body: 'four', tags: ['Work'] }));
    expect(await find({ tag: 'work' })).toEqual(['two', 'one']);
    expect(await find({ prompt: 'any' })).toEqual(['three', 'one']);
    expect(await find({ prompt: 'p2' })).toEqual(['three']);
    expect(await find({ bring: true })).toEqual(['three', 'two']);
    expect(await find({ from: '2024-03-02', to: '2024-03-03' })).toEqual(['three', 'two']);
    expect(await find({ tag: 'work', bring: true })).toEqual(['two']);
    expect(await find({ query: 't', from: '2024-03-03' })).toEqual(['three']);
    expect(await find({ tag: 'work', from: '2024-03-02' })).toEqual(['two']);
  });

  it('pages newest first and says whether there is more', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 1; i <= 5; i += 1) {
      vi.setSystemTime(Date.parse('2024-03-10T08:00:00Z') + i * 1000);
      await journalRepo.add(entry({ day: '2024-03-08', body: `same day ${i}` }));
    }
    vi.useRealTimers();
    const first = await queryEntries({ query: 'same' }, 2);
    expect(first.entries.map((e) => e.body)).toEqual(['same day 5', 'same day 4']);
    expect(first.hasMore).toBe(true);
    expect(first.tokens).toEqual(['same']);
    const all = await queryEntries({ query: 'same' }, 5);
    expect(all.hasMore).toBe(false);
    const browse = await queryEntries({ query: '' }, 3);
    expect(browse.entries.map((e) => e.body)).toEqual(['same day 5', 'same day 4', 'same day 3']);
    expect(browse.hasMore).toBe(true);
  });

  it('rebuilds the index when rows were written around the repo (e.g. a restored backup)', async () => {
    const e = await journalRepo.add(entry({ body: 'via repo' }));
    await db.journalEntries.put({ ...e, id: 'raw-1', body: 'restored raw' });
    expect(await find({ query: 'restored' })).toEqual([]);
    await ensureSearchIndex();
    expect(await find({ query: 'restored' })).toEqual(['restored raw']);
    await db.journalSearch.clear();
    await rebuildSearchIndex();
    expect(await db.journalSearch.count()).toBe(2);
    expect(await find({ query: 'via' })).toEqual(['via repo']);
  });

  it('the sample index row matches what the index would write for the sample entry', () => {
    const rows = sampleRows();
    expect(searchRowFor(rows.journalEntries)).toEqual(rows.journalSearch);
  });

  it('upgrading from version 2 indexes the entries already on the device', async () => {
    const name = 'journal-search-upgrade';
    await Dexie.delete(name);
    const old = new Dexie(name);
    for (const v of schemaHistory.filter((s) => s.version <= 2)) old.version(v.version).stores(v.stores);
    await old.table('journalEntries').add(sampleRows().journalEntries);
    old.close();
    const { createDb } = await import('../../../../src/db');
    const upgraded = createDb(name);
    expect(await upgraded.journalSearch.where('terms').startsWith('shou').primaryKeys()).toEqual([
      sampleRows().journalSearch.key,
    ]);
    upgraded.close();
  });
});
