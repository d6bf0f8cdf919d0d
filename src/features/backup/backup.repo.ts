import { db } from '../../db';
import { schemaHistory } from '../../db/schema';
import type { Tables } from './backupFile';

type Row = Record<string, unknown>;

/** The schema version this build writes and understands. */
export const currentSchemaVersion = Math.max(...schemaHistory.map((v) => v.version));

/** Each table's primary-key field (e.g. 'id', or 'key' for settings and drafts). */
export function primaryKeys(): Record<string, string> {
  return Object.fromEntries(db.tables.map((table) => [table.name, String(table.schema.primKey.keyPath)]));
}

/** Every row of every table, soft-deleted ones included, read in one consistent snapshot. */
export function dumpAll(): Promise<Tables> {
  return db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(
      db.tables.map(async (table) => [table.name, (await table.toArray()) as Row[]] as const),
    );
    return Object.fromEntries(entries);
  });
}

/** Replace everything on the device with the backup, all or nothing. */
export function replaceAll(tables: Tables): Promise<void> {
  return db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = tables[table.name];
      if (rows?.length) await table.bulkPut(rows);
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
      const rows = tables[table.name];
      const key = keys[table.name];
      if (!rows?.length || !key) continue;
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

export const backupRepo = { dumpAll, replaceAll, mergeAll, primaryKeys, deleteEverything };
