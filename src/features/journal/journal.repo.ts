import { Dexie } from 'dexie';
import { db } from '../../db';
import type { JournalEntry, LocalDay } from '../../db';
import { createRecordRepo, isLive } from '../../db/records';
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

export const journalRepo = {
  ...createRecordRepo(db.journalEntries, { prepare }),

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
    const rows = await db.journalEntries.where('tags').equals(tag.trim()).filter(live).toArray();
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
    return db.transaction('r', db.journalEntries, async () => {
      const keys = (await db.journalEntries.orderBy('tags').uniqueKeys()).map(String);
      const used = await Promise.all(
        keys.map(async (tag) => isLive(await db.journalEntries.where('tags').equals(tag).filter(live).first())),
      );
      return keys.filter((_, i) => used[i]).sort((a, b) => a.localeCompare(b));
    });
  },
};
