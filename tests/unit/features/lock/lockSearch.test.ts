import { Dexie, liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, DB_NAME, sealState } from '../../../../src/db';
import { searchRowFor } from '../../../../src/db/journalSearch';
import { createRecordCipher } from '../../../../src/db/seal/recordCipher';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import { queryEntries } from '../../../../src/features/journal/journalSearch.repo';
import { resetDb } from '../../../fixtures/db';

// With lock on, search keeps the opened words in memory between searches (one
// search per keystroke would otherwise open every entry each time). These pin
// down that it never answers from an out-of-date copy.
const key = crypto.getRandomValues(new Uint8Array(32));
const bodies = async (query: string) => (await queryEntries({ query }, 10)).entries.map((e) => e.body);
const entry = (day: string, body: string) => ({ day, title: '', body, tags: [], bringToSession: 0 as const });

describe('search with lock on', () => {
  beforeEach(async () => {
    await resetDb();
    sealState.setStatus('on');
    sealState.setCipher(createRecordCipher(key));
  });
  afterEach(() => {
    sealState.setStatus('off');
    sealState.setCipher(undefined);
  });

  it('opens the search rows once for a run of searches, and again after any change', async () => {
    const first = await journalRepo.add(entry('2026-11-27', 'herons by the canal'));
    const read = vi.spyOn(db.journalSearch, 'toArray');
    expect(await bodies('her')).toEqual(['herons by the canal']);
    expect(await bodies('hero')).toEqual(['herons by the canal']);
    expect(await bodies('cana')).toEqual(['herons by the canal']);
    expect(read).toHaveBeenCalledTimes(1);

    await journalRepo.add(entry('2026-11-28', 'a heron again'));
    expect(await bodies('her')).toEqual(['a heron again', 'herons by the canal']);
    await journalRepo.update(first.id, { body: 'swans by the canal' });
    expect(await bodies('her')).toEqual(['a heron again']);
    expect(await bodies('swan')).toEqual(['swans by the canal']);
    await journalRepo.softDelete(first.id);
    expect(await bodies('swan')).toEqual([]);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('starts afresh with a new key (after locking and unlocking) and after the database was deleted', async () => {
    await journalRepo.add(entry('2026-11-27', 'herons by the canal'));
    expect(await bodies('her')).toHaveLength(1);
    await resetDb();
    expect(await bodies('her')).toEqual([]);
    await journalRepo.add(entry('2026-11-27', 'kingfishers'));
    sealState.setCipher(createRecordCipher(key));
    expect(await bodies('king')).toEqual(['kingfishers']);
  });

  it('sees a change written by another tab (another connection)', async () => {
    const e = await journalRepo.add(entry('2026-11-27', 'herons by the canal'));
    expect(await bodies('otter')).toEqual([]);
    // Another tab rewrites the same search row: same count, no write through this tab's data layer.
    const other = new Dexie(DB_NAME);
    await other.open();
    await other.table('journalSearch').put({ ...searchRowFor({ ...e, body: 'an otter' }) });
    other.close();
    expect(await bodies('otter')).toEqual(['herons by the canal']);
  });

  it('keeps a live search up to date when an entry is added', async () => {
    await journalRepo.add(entry('2026-11-27', 'herons by the canal'));
    const seen: string[][] = [];
    const subscription = liveQuery(() => bodies('her')).subscribe((value) => seen.push(value));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['herons by the canal']));
    await journalRepo.add(entry('2026-11-28', 'a heron again'));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a heron again', 'herons by the canal']));
    subscription.unsubscribe();
  });
});
