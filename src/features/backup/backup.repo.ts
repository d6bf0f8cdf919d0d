import type { Collection } from 'dexie';
import { db } from '../../db';
import type { BaseRecord, LocalDay } from '../../db';
import { schemaHistory } from '../../db/schema';
import { toLocalDay } from '../../lib/days';
import { measureIds } from '../../lib/measures';
import type { Tables } from './backupFile';
import { countWords, LARGE_CHANGE } from './nudge';
import type { ChangeCounts } from './nudge';

type Row = Record<string, unknown>;

/** The schema version this build writes and understands. */
export const currentSchemaVersion = Math.max(...schemaHistory.map((v) => v.version));

/** Each table's primary-key field (e.g. 'id', or 'key' for settings and drafts). */
export function primaryKeys(): Record<string, string> {
  return Object.fromEntries(db.tables.map((table) => [table.name, String(table.schema.primKey.keyPath)]));
}

/**
 * Settings that belong to this device, never to a backup: the app lock's
 * wrapped key would lock another device with a stranger's passphrase, and
 * restoring over it would leave this device's sealed rows unopenable.
 */
const DEVICE_ONLY_SETTINGS: ReadonlySet<unknown> = new Set(['lock']);

/** The rows of a table that travel in backups. */
function portable(tableName: string, rows: Row[] | undefined): Row[] {
  if (!rows || tableName !== 'settings') return rows ?? [];
  return rows.filter((row) => !DEVICE_ONLY_SETTINGS.has(row.key));
}

/** Every row of every table, soft-deleted ones included, read in one consistent snapshot (opened, if lock is on). */
export function dumpAll(): Promise<Tables> {
  return db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(
      db.tables.map(async (table) => [table.name, portable(table.name, (await table.toArray()) as Row[])] as const),
    );
    return Object.fromEntries(entries);
  });
}

/** Replace everything on the device with the backup, all or nothing (this device's lock stays). */
export function replaceAll(tables: Tables): Promise<void> {
  return db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const keep = table.name === 'settings' ? ((await table.bulkGet([...DEVICE_ONLY_SETTINGS])) as (Row | undefined)[]) : [];
      await table.clear();
      const rows = [...portable(table.name, tables[table.name]), ...keep.filter((row): row is Row => row !== undefined)];
      if (rows.length) await table.bulkPut(rows);
    }
  });
}

function isNewer(incoming: Row, existing: Row): boolean {
  const a = typeof incoming.updatedAt === 'string' ? incoming.updatedAt : '';
  const b = typeof existing.updatedAt === 'string' ? existing.updatedAt : '';
  return a > b;
}

/**
 * Merge a backup into what is here: per item the newer `updatedAt` wins; items
 * that exist on only one side are kept. All or nothing.
 */
export function mergeAll(tables: Tables): Promise<{ added: number; updated: number }> {
  const keys = primaryKeys();
  return db.transaction('rw', db.tables, async () => {
    let added = 0;
    let updated = 0;
    for (const table of db.tables) {
      const rows = portable(table.name, tables[table.name]);
      const key = keys[table.name];
      if (!rows.length || !key) continue;
      const existing = (await table.bulkGet(rows.map((row) => row[key] as string))) as (Row | undefined)[];
      const toWrite = rows.filter((row, i) => {
        const current = existing[i];
        if (!current) added += 1;
        else if (isNewer(row, current)) updated += 1;
        else return false;
        return true;
      });
      if (toWrite.length) await table.bulkPut(toWrite);
    }
    return { added, updated };
  });
}

/** Delete the whole database: afterwards nothing of the person's stays in IndexedDB. */
export async function deleteEverything(): Promise<void> {
  await db.delete({ disableAutoOpen: false });
}

/** Whether the person has written or logged anything (cheap: stops at the first row). */
export async function hasWords(): Promise<boolean> {
  const counts = await Promise.all(
    [db.journalEntries, db.logItems, db.checkoffs, db.checkins].map((table) => table.limit(1).count()),
  );
  return counts.some((n) => n > 0);
}

const isLive = (row: BaseRecord): boolean => row.deletedAt === undefined;

/** Live rows of one index range matching `changed`, counted only up to `cap` (the cursor stops there). */
function countUpTo<T extends BaseRecord>(range: Collection<T, string, unknown>, changed: (row: T) => boolean, cap: number): Promise<number> {
  return range.filter((row) => isLive(row) && changed(row)).limit(cap).count();
}

/**
 * What was written or logged after `since` (an ISO moment: the last backup or
 * "not now"), each kind counted only up to its threshold in `caps`, so Today
 * reads at most a few dozen rows however much history there is.
 *
 * - Journal entries: the `updatedAt` index, so edits count as well as new ones.
 * - Day-stamped items: the `day` index from the local day of `since` onwards. A row
 *   on a later day counts whatever its timestamps (a merged restore keeps the
 *   rows' days and `updatedAt`); a row on that same day counts only if it changed
 *   after `since`, so "not now" is not undone by what was logged earlier that day.
 * - Past-self notes and "my why" versions: the `createdAt` index.
 * - Soft-deleted rows are left out: a removed item is nothing to lose, and
 *   counting it would suggest a backup for tidying up.
 * - Not counted: sessions (their day is when they take place, often ahead, not
 *   when they were written) and edits to older day-stamped items (their index
 *   says nothing about when they changed; entries, where edits matter, are covered).
 */
export async function changesSince(since: string, caps: Readonly<ChangeCounts> = LARGE_CHANGE): Promise<ChangeCounts> {
  const day: LocalDay = toLocalDay(new Date(since));
  const changedAfter = (row: BaseRecord & { day: LocalDay }): boolean => row.day > day || row.updatedAt > since;
  const cap = caps.items;
  const [entries, ...counts] = await Promise.all([
    db.journalEntries.where('updatedAt').above(since).filter(isLive).limit(caps.entries).toArray(),
    countUpTo(db.logItems.where('day').aboveOrEqual(day), changedAfter, cap),
    countUpTo(db.checkoffs.where('day').aboveOrEqual(day), changedAfter, cap),
    countUpTo(db.checkins.where('day').aboveOrEqual(day), changedAfter, cap),
    countUpTo(db.patternLogs.where('day').aboveOrEqual(day), changedAfter, cap),
    countUpTo(db.letters.where('day').aboveOrEqual(day), changedAfter, cap),
    countUpTo(db.feedbackReviews.where('day').aboveOrEqual(day), changedAfter, cap),
    ...measureIds.map((measure) =>
      countUpTo(db.measureResults.where('[measure+day]').between([measure, day], [measure, '\uffff'], true, true), changedAfter, cap),
    ),
    countUpTo(db.pastSelfNotes.where('createdAt').above(since), () => true, cap),
    countUpTo(db.whyVersions.where('createdAt').above(since), () => true, cap),
  ]);
  return {
    entries: entries.length,
    words: entries.reduce((sum, e) => sum + countWords(`${e.title} ${e.body}`), 0),
    items: counts.reduce((sum, n) => sum + n, 0),
  };
}

export const backupRepo = { dumpAll, replaceAll, mergeAll, primaryKeys, deleteEverything };
