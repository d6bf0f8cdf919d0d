import { db, recordTableNames } from '../../db';
import type { TableName } from '../../db';

export type TableCounts = Record<TableName, number>;

/** Rows per table as the user sees them: soft-deleted records are not counted. */
export function countsByTable(): Promise<TableCounts> {
  return db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(
      recordTableNames.map(async (name) => {
        const count = await db[name].filter((row: { deletedAt?: string }) => row.deletedAt === undefined).count();
        return [name, count] as const;
      }),
    );
    const counts = Object.fromEntries(entries) as Record<(typeof recordTableNames)[number], number>;
    return { ...counts, settings: await db.settings.count(), drafts: await db.drafts.count() };
  });
}

export const storageRepo = { countsByTable };
