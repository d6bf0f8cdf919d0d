import { db } from '../../db';
import type { JournalEntry, LocalDay } from '../../db';
import type { RecordPatch } from '../../db/records';
import { deleteDraft, getDraft, saveDraft } from '../drafts/drafts.repo';
import { questionsRepo } from '../prompts/questions.repo';
import { emptyValue, fromEntry, fromPayload, toEntryInput, toPayload, type EntryValue } from './entryValue';
import { journalRepo } from './journal.repo';
import { NEW_ENTRY_DRAFT_KEY } from './useNewEntryDraft';

// How autosave is laid out in the drafts table:
// - 'journal:new' holds a new entry's text until it has a body; after that it
//   only points at the entry ({ entryId }) so a reload reopens the same entry.
// - 'journal:<id>' holds an entry's edits that cannot be stored in it yet
//   (body emptied, a future day, a body check without its number).
export const entryDraftKey = (id: string): string => `journal:${id}`;

export interface LoadedEntry {
  entryId?: string;
  value: EntryValue;
}

function pointerOf(payload: unknown): string | undefined {
  const id = payload && typeof payload === 'object' ? (payload as Record<string, unknown>).entryId : undefined;
  return typeof id === 'string' ? id : undefined;
}

export function isEntryPointer(payload: unknown): boolean {
  return pointerOf(payload) !== undefined;
}

/** An existing entry with any edits that only live in its draft; undefined if gone. */
export async function loadEntry(id: string, today: LocalDay): Promise<LoadedEntry | undefined> {
  const entry = await journalRepo.get(id);
  if (!entry) return undefined;
  const draft = await getDraft(entryDraftKey(id));
  return { entryId: id, value: draft ? fromPayload(draft.payload, today) : fromEntry(entry) };
}

/** What /journal/new reopens: the entry it became, or the draft, or a blank page. */
export async function loadNewEntry(today: LocalDay): Promise<LoadedEntry> {
  const draft = await getDraft(NEW_ENTRY_DRAFT_KEY);
  const pointer = pointerOf(draft?.payload);
  if (pointer) return (await loadEntry(pointer, today)) ?? { value: emptyValue(today) };
  return { value: draft ? fromPayload(draft.payload, today) : emptyValue(today) };
}

/** Start answering a prompt or question, or writing about another day, keeping any unsaved words. */
export async function startNewEntry(
  params: { promptId?: string | undefined; questionId?: string | undefined; day?: LocalDay | undefined },
  today: LocalDay,
): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    const draft = await getDraft(NEW_ENTRY_DRAFT_KEY);
    const value = !draft || isEntryPointer(draft.payload) ? emptyValue(today) : fromPayload(draft.payload, today);
    if (params.promptId !== undefined || params.questionId !== undefined) {
      delete value.promptId;
      delete value.questionId;
      if (params.promptId) value.promptId = params.promptId;
      if (params.questionId) value.questionId = params.questionId;
    }
    if (params.day) value.day = params.day;
    await saveDraft(NEW_ENTRY_DRAFT_KEY, 'journal', toPayload(value));
  });
}

export type SaveResult = { entryId?: string; kept: 'entry' | 'draft' };

/**
 * One autosave, in one transaction: the entry (with its search row), its
 * draft and, for an answer to the therapist's question, the question's status.
 */
export function saveEntryValue(entryId: string | undefined, value: EntryValue, today: LocalDay): Promise<SaveResult> {
  return db.transaction('rw', [db.journalEntries, db.journalSearch, db.drafts, db.questions], async () => {
    const { input, complete } = toEntryInput(value, today);
    const draftKey = entryId ? entryDraftKey(entryId) : NEW_ENTRY_DRAFT_KEY;
    if (!input) {
      await saveDraft(draftKey, 'journal', toPayload(value));
      return entryId ? { entryId, kept: 'draft' } : { kept: 'draft' };
    }
    let entry: JournalEntry;
    if (entryId) {
      // Optional fields missing from the value are removed from the entry.
      const patch: RecordPatch<JournalEntry> = { bodyCheck: undefined, promptId: undefined, questionId: undefined, ...input };
      entry = await journalRepo.update(entryId, patch);
    } else {
      entry = await journalRepo.add(input);
      await saveDraft(NEW_ENTRY_DRAFT_KEY, 'journal', { entryId: entry.id });
    }
    if (complete) await deleteDraft(entryDraftKey(entry.id));
    else await saveDraft(entryDraftKey(entry.id), 'journal', toPayload(value));
    if (entry.questionId) {
      const question = await questionsRepo.get(entry.questionId);
      if (question && question.status !== 'answered') await questionsRepo.setStatus(question.id, 'answered');
    }
    return { entryId: entry.id, kept: complete ? 'entry' : 'draft' };
  });
}

/** Leaving the editor: the next "Write" starts a fresh page (unsaved words stay in the draft). */
export async function closeNewEntry(): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    const draft = await getDraft(NEW_ENTRY_DRAFT_KEY);
    if (draft && isEntryPointer(draft.payload)) await deleteDraft(NEW_ENTRY_DRAFT_KEY);
  });
}

/** Throw away a new entry's draft that has no words worth keeping. */
export async function discardEmptyNewDraft(): Promise<void> {
  await deleteDraft(NEW_ENTRY_DRAFT_KEY);
}

export const journalEditorRepo = { loadEntry, loadNewEntry, startNewEntry, saveEntryValue, closeNewEntry, discardEmptyNewDraft };
