import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import { deleteDraft, getDraft, listDrafts, saveDraft } from '../../../../src/features/drafts/drafts.repo';
import { resetDb } from '../../../fixtures/db';

describe('drafts repo', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-01T10:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves, overwrites in place and reads back a draft', async () => {
    await saveDraft('journal:new', 'journal', { title: '', body: 'Half a' });
    vi.setSystemTime(new Date('2024-05-01T10:00:01.000Z'));
    await saveDraft('journal:new', 'journal', { title: '', body: 'Half a thought', tags: ['work'] });
    expect(await getDraft('journal:new')).toEqual({
      key: 'journal:new',
      kind: 'journal',
      payload: { title: '', body: 'Half a thought', tags: ['work'] },
      updatedAt: '2024-05-01T10:00:01.000Z',
    });
    expect(await db.drafts.count()).toBe(1);
  });

  it('lists most recent first, optionally by kind, and deletes', async () => {
    await saveDraft('journal:e1', 'journal', { body: 'a' });
    vi.setSystemTime(new Date('2024-05-01T11:00:00.000Z'));
    await saveDraft('letter:new', 'letter', { body: 'b' });
    vi.setSystemTime(new Date('2024-05-01T12:00:00.000Z'));
    await saveDraft('journal:new', 'journal', { body: 'c' });
    expect((await listDrafts()).map((d) => d.key)).toEqual(['journal:new', 'letter:new', 'journal:e1']);
    expect((await listDrafts('journal')).map((d) => d.key)).toEqual(['journal:new', 'journal:e1']);
    await deleteDraft('journal:new');
    expect(await getDraft('journal:new')).toBeUndefined();
    expect((await listDrafts()).map((d) => d.key)).toEqual(['letter:new', 'journal:e1']);
  });

  it('rejects an empty key', async () => {
    await expect(saveDraft('', 'journal', {})).rejects.toMatchObject({ field: 'key' });
  });
});
