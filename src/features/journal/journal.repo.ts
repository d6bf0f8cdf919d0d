import { Dexie } from 'dexie';
import { db, textIndexesUsable } from '../../db';
import type { JournalEntry, LocalDay } from '../../db';
import { searchRowFor } from '../../db/journalSearch';
import { tagsFromOpenedRows } from './journalSearch.repo';
import { createRecordRepo, isLive } from '../../db/records';
import type { NewRecord, RecordPatch } from '../../db/records';
import { cleanList, requireDay, requireText, validateBodyCheck } from '../../lib/validate';

function prepare(entry: JournalEntry): JournalEntry {
  requireDay('day', entry.day);
  requireText('body', entry.body);
  const row: JournalEntry = { ...entry, title: entry.title.trim(), tags: cleanList(entry.tags) };
  if (entry.bodyCheck) row.bodyCheck = validateBodyCheck('bodyCheck', entry.bodyCheck);
  return row;
}

/** Newest day first; within a day, newest created first. */
function newestFirst(a: JournalEntry, b: JournalEntry): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt);
}

const live = (e: JournalEntry): boolean => e.deletedAt === undefined;

const base = createRecordRepo(db.journalEntries, { prepare });

/** Keep the search index row in step with an entry (its key changes when the day does). */
export async function reindexEntry(id: string): Promise<void> {
  const entry = await db.journalEntries.get(id);
  await db.journalSearch.where('entryId').equals(id).delete();
  if (entry) await db.journalSearch.put(searchRowFor(entry));
}

/** Every write goes through here so the entry and its index row change together. */
function withIndex<R>(id: (result: R) => string, write: () => Promise<R>): Promise<R> {
  return db.transaction('rw', db.journalEntries, db.journalSearch, async () => {
    const result = await write();
    await reindexEntry(id(result));
    return result;
  });
}

export const journalRepo = {
  ...base,
  add: (input: NewRecord<JournalEntry>): Promise<JournalEntry> => withIndex((e) => e.id, () => base.add(input)),
  update: (id: string, patch: RecordPatch<JournalEntry>): Promise<JournalEntry> =>
    withIndex(() => id, () => base.update(id, patch)),
  softDelete: (id: string): Promise<void> => withIndex(() => id, () => base.softDelete(id)),
  restore: (id: string): Promise<JournalEntry> => withIndex(() => id, () => base.restore(id)),

  /** The latest entries, newest day first (index-ordered, stops after `limit`). */
  listRecent(limit: number): Promise<JournalEntry[]> {
    return db.journalEntries.orderBy('[day+createdAt]').reverse().filter(live).limit(limit).toArray();
  },

  /** Entries whose day is within [fromDay, toDay], newest first. */
  listByDayRange(fromDay: LocalDay, toDay: LocalDay): Promise<JournalEntry[]> {
    return db.journalEntries
      .where('[day+createdAt]')
      .between([fromDay, Dexie.minKey], [toDay, Dexie.maxKey], true, true)
      .reverse()
      .filter(live)
      .toArray();
  },

  async byTag(tag: string): Promise<JournalEntry[]> {
    const wanted = tag.trim();
    // With lock on, tags are sealed and their index is empty: look through the opened entries.
    const rows = textIndexesUsable()
      ? await db.journalEntries.where('tags').equals(wanted).filter(live).toArray()
      : await db.journalEntries.filter((e) => live(e) && e.tags.includes(wanted)).toArray();
    return rows.sort(newestFirst);
  },

  async byPrompt(promptId: string): Promise<JournalEntry[]> {
    const rows = await db.journalEntries.where('promptId').equals(promptId).filter(live).toArray();
    return rows.sort(newestFirst);
  },

  /** Answers to a therapist question. */
  async byQuestion(questionId: string): Promise<JournalEntry[]> {
    const rows = await db.journalEntries.where('questionId').equals(questionId).filter(live).toArray();
    return rows.sort(newestFirst);
  },

  /** Entries marked "bring to session", optionally only from `sinceDay` on. */
  async listBringToSession(sinceDay?: LocalDay): Promise<JournalEntry[]> {
    const rows = await db.journalEntries
      .where('bringToSession')
      .equals(1)
      .filter((e) => live(e) && (sinceDay === undefined || e.day >= sinceDay))
      .toArray();
    return rows.sort(newestFirst);
  },

  /** Every tag used by a non-deleted entry, sorted. Reads index keys, not whole entries. */
  allTags(): Promise<string[]> {
    // Lock on: the tag index is empty; the opened search rows hold every live entry's tags.
    if (!textIndexesUsable()) return tagsFromOpenedRows();
    return db.transaction('r', db.journalEntries, async () => {
      const keys = (await db.journalEntries.orderBy('tags').uniqueKeys()).map(String);
      const used = await Promise.all(
        keys.map(async (tag) => isLive(await db.journalEntries.where('tags').equals(tag).filter(live).first())),
      );
      return keys.filter((_, i) => used[i]).sort((a, b) => a.localeCompare(b));
    });
  },
};
