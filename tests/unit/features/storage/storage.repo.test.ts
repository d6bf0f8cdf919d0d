import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, derivedTableNames } from '../../../../src/db';
import { saveDraft } from '../../../../src/features/drafts/drafts.repo';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import { settingsRepo } from '../../../../src/features/settings/settings.repo';
import { countsByTable } from '../../../../src/features/storage/storage.repo';
import { useCounts } from '../../../../src/features/storage/useCounts';
import { resetDb } from '../../../fixtures/db';

const entry = { day: '2024-05-01', title: '', body: 'words', tags: [], bringToSession: 0 } as const;

describe('countsByTable', () => {
  beforeEach(resetDb);

  it('counts every table, leaving out soft-deleted rows', async () => {
    const empty = await countsByTable();
    // Derived tables (the journal's search index) are not the person's data.
    const derived: readonly string[] = derivedTableNames;
    expect(Object.keys(empty).sort()).toEqual(db.tables.map((t) => t.name).filter((n) => !derived.includes(n)).sort());
    expect(Object.values(empty).every((n) => n === 0)).toBe(true);

    await journalRepo.add({ ...entry, tags: [] });
    const gone = await journalRepo.add({ ...entry, tags: [] });
    await journalRepo.softDelete(gone.id);
    await saveDraft('journal:new', 'journal', { body: 'x' });
    await settingsRepo.set('theme', 'dark');
    expect(await countsByTable()).toMatchObject({ journalEntries: 1, drafts: 1, settings: 1, goals: 0 });
  });
});

describe('useCounts', () => {
  beforeEach(resetDb);

  it('is undefined while loading, then live', async () => {
    const { result } = renderHook(() => useCounts());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.journalEntries).toBe(0));
    await act(async () => {
      await journalRepo.add({ ...entry, tags: [] });
    });
    await waitFor(() => expect(result.current?.journalEntries).toBe(1));
  });
});
