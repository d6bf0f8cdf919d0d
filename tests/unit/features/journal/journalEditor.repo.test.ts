import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import { getDraft, saveDraft } from '../../../../src/features/drafts/drafts.repo';
import { emptyValue, type EntryValue } from '../../../../src/features/journal/entryValue';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import {
  closeNewEntry,
  entryDraftKey,
  loadEntry,
  loadNewEntry,
  saveEntryValue,
  startNewEntry,
} from '../../../../src/features/journal/journalEditor.repo';
import { keepSharedText, NEW_ENTRY_DRAFT_KEY } from '../../../../src/features/journal/useNewEntryDraft';
import { questionsRepo } from '../../../../src/features/prompts/questions.repo';
import { resetDb } from '../../../fixtures/db';

const TODAY = '2026-11-29';
const value = (over: Partial<EntryValue> = {}): EntryValue => ({ ...emptyValue(TODAY), ...over });

describe('journal editor autosave (repo side)', () => {
  beforeEach(resetDb);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps a new page without a body as a draft, then turns it into an entry', async () => {
    const first = await saveEntryValue(undefined, value({ title: 'Evening' }), TODAY);
    expect(first).toEqual({ kept: 'draft' });
    expect(await journalRepo.listAll()).toEqual([]);
    expect((await loadNewEntry(TODAY)).value.title).toBe('Evening');

    const second = await saveEntryValue(undefined, value({ title: 'Evening', body: 'Calm walk' }), TODAY);
    expect(second.kept).toBe('entry');
    const [entry] = await journalRepo.listAll();
    expect(entry).toMatchObject({ id: second.entryId, title: 'Evening', body: 'Calm walk', day: TODAY });
    // The new-entry draft now only points at the entry, so a reload reopens it.
    expect((await getDraft(NEW_ENTRY_DRAFT_KEY))?.payload).toEqual({ entryId: second.entryId });
    expect(await loadNewEntry(TODAY)).toEqual({ entryId: second.entryId, value: value({ title: 'Evening', body: 'Calm walk' }) });
  });

  it('keeps autosaving into the entry: createdAt stays, updatedAt moves, text exact', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T09:00:00Z'));
    const { entryId } = await saveEntryValue(undefined, value({ body: 'First' }), TODAY);
    vi.setSystemTime(new Date('2026-11-29T09:05:00Z'));
    await saveEntryValue(entryId, value({ body: 'First\n\nand more  ', tags: ['work'], bringToSession: true }), TODAY);
    const stored = await journalRepo.get(entryId ?? '');
    expect(stored).toMatchObject({
      body: 'First\n\nand more  ',
      tags: ['work'],
      bringToSession: 1,
      createdAt: '2026-11-29T09:00:00.000Z',
      updatedAt: '2026-11-29T09:05:00.000Z',
    });
    expect(await journalRepo.listAll()).toHaveLength(1);
  });

  it('keeps edits that cannot be stored yet (future day, emptied body) in the entry draft', async () => {
    const { entryId = '' } = await saveEntryValue(undefined, value({ body: 'Stored' }), TODAY);
    expect(await saveEntryValue(entryId, value({ body: 'Stored', day: '2026-11-30' }), TODAY)).toEqual({ entryId, kept: 'draft' });
    expect((await journalRepo.get(entryId))?.day).toBe(TODAY);
    expect((await loadEntry(entryId, TODAY))?.value.day).toBe('2026-11-30');
    await saveEntryValue(entryId, value({ body: '' }), TODAY);
    expect((await journalRepo.get(entryId))?.body).toBe('Stored');
    expect((await loadEntry(entryId, TODAY))?.value.body).toBe('');
    // A valid value again clears the draft.
    await saveEntryValue(entryId, value({ body: 'Back', day: '2026-11-01' }), TODAY);
    expect(await getDraft(entryDraftKey(entryId))).toBeUndefined();
    expect(await journalRepo.get(entryId)).toMatchObject({ body: 'Back', day: '2026-11-01' });
  });

  it('stores a body check only with its number; until then the draft keeps the rest', async () => {
    const partial = value({ body: 'Tense day', areas: ['chest'], feeling: 'tight' });
    const { entryId = '', kept } = await saveEntryValue(undefined, partial, TODAY);
    expect(kept).toBe('draft');
    expect((await journalRepo.get(entryId))?.bodyCheck).toBeUndefined();
    expect((await loadEntry(entryId, TODAY))?.value).toEqual(partial);
    await saveEntryValue(entryId, { ...partial, intensity: 6 }, TODAY);
    expect((await journalRepo.get(entryId))?.bodyCheck).toEqual({ areas: ['chest'], feeling: 'tight', intensity: 6 });
    await saveEntryValue(entryId, { ...partial, areas: [], feeling: '', intensity: null }, TODAY);
    expect((await journalRepo.get(entryId))?.bodyCheck).toBeUndefined();
  });

  it('answering the therapist question marks it answered in the same save', async () => {
    const { question } = await questionsRepo.importQuestion({ text: 'What felt different this week?' });
    await startNewEntry({ questionId: question.id }, TODAY);
    const loaded = await loadNewEntry(TODAY);
    expect(loaded.value.questionId).toBe(question.id);
    await saveEntryValue(undefined, { ...loaded.value, title: 'Only a title' }, TODAY);
    expect((await questionsRepo.get(question.id))?.status).toBe('open');
    const { entryId = '' } = await saveEntryValue(undefined, { ...loaded.value, body: 'Mornings' }, TODAY);
    expect((await questionsRepo.get(question.id))?.status).toBe('answered');
    expect((await journalRepo.byQuestion(question.id)).map((e) => e.id)).toEqual([entryId]);
  });

  it('a save that cannot be written changes nothing', async () => {
    const { entryId = '' } = await saveEntryValue(undefined, value({ body: 'Stored' }), TODAY);
    const before = { entries: await db.journalEntries.toArray(), drafts: await db.drafts.toArray(), index: await db.journalSearch.toArray() };
    const broken = value({ body: 'Changed', intensity: 42, areas: ['chest'] });
    await expect(saveEntryValue(entryId, broken, TODAY)).rejects.toBeTruthy();
    expect({ entries: await db.journalEntries.toArray(), drafts: await db.drafts.toArray(), index: await db.journalSearch.toArray() }).toEqual(before);
  });

  it('a prompt or day in the address starts a fresh page after an entry, or joins unsaved words', async () => {
    const { entryId } = await saveEntryValue(undefined, value({ body: 'Written' }), TODAY);
    await startNewEntry({ promptId: 'builtin:values-1', day: '2026-11-20' }, TODAY);
    expect(await loadNewEntry(TODAY)).toEqual({ value: value({ promptId: 'builtin:values-1', day: '2026-11-20' }) });
    expect(await journalRepo.get(entryId ?? '')).toBeDefined();
    await saveEntryValue(undefined, value({ title: 'Half', promptId: 'builtin:values-1' }), TODAY);
    await startNewEntry({ promptId: 'own-2' }, TODAY);
    expect((await loadNewEntry(TODAY)).value).toMatchObject({ title: 'Half', promptId: 'own-2' });
  });

  it('closing the page forgets the pointer but keeps unsaved words', async () => {
    await saveEntryValue(undefined, value({ body: 'Entry' }), TODAY);
    await closeNewEntry();
    expect(await getDraft(NEW_ENTRY_DRAFT_KEY)).toBeUndefined();
    await saveEntryValue(undefined, value({ title: 'Just a title' }), TODAY);
    await closeNewEntry();
    expect((await loadNewEntry(TODAY)).value.title).toBe('Just a title');
  });

  it('shared text joins the unsaved page keeping its tags, or starts a new page after an entry', async () => {
    await saveEntryValue(undefined, value({ body: 'Mine', tags: ['work'] }), TODAY);
    await keepSharedText({ title: 'Shared', body: 'From another app' });
    expect((await loadNewEntry(TODAY)).value).toMatchObject({ title: 'Shared', body: 'From another app', tags: [] });
    await saveDraft(NEW_ENTRY_DRAFT_KEY, 'journal', { title: '', body: 'Draft words', tags: ['sleep'], day: '2026-11-20' });
    await keepSharedText({ title: '', body: 'More' });
    expect((await loadNewEntry(TODAY)).value).toMatchObject({ body: 'Draft words\n\nMore', tags: ['sleep'], day: '2026-11-20' });
  });
});
