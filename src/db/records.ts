import type { Table } from 'dexie';
import { newId, nowIso } from '../lib/ids';
import { RecordNotFoundError } from '../lib/errors';
import type { BaseRecord } from './types';

/** What callers pass to add(): the record without the fields the repo fills in. */
export type NewRecord<T extends BaseRecord> = Omit<T, keyof BaseRecord>;

/** What callers pass to update(). An `undefined` value removes an optional field. */
export type RecordPatch<T extends BaseRecord> = Partial<NewRecord<T>>;

export interface RecordRepo<T extends BaseRecord> {
  add(input: NewRecord<T>): Promise<T>;
  /** undefined when missing or soft-deleted. */
  get(id: string): Promise<T | undefined>;
  /** Throws RecordNotFoundError for missing or deleted rows. */
  update(id: string, patch: RecordPatch<T>): Promise<T>;
  softDelete(id: string): Promise<void>;
  restore(id: string): Promise<T>;
  /** Every non-deleted row, in primary-key order. */
  listAll(): Promise<T[]>;
}

export interface RecordRepoOptions<T> {
  /** Validates (throws ValidationError) and normalises a complete row before every write. */
  prepare?: (row: T) => T;
}

export function isLive<T extends BaseRecord>(row: T | undefined): row is T {
  return row !== undefined && row.deletedAt === undefined;
}

/** Merge a patch into a row; keys whose patch value is undefined are removed. */
export function applyPatch<T extends object>(row: T, patch: Partial<T>): T {
  const merged: T = { ...row, ...patch };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete (merged as Record<string, unknown>)[key];
  }
  return merged;
}

export function createRecordRepo<T extends BaseRecord, TInsert>(
  table: Table<T, string, TInsert>,
  { prepare = (row) => row }: RecordRepoOptions<T> = {},
): RecordRepo<T> {
  // EntityTable's insert type only makes the key optional; we always write whole rows.
  const t = table as unknown as Table<T, string, T>;
  const rw = <R>(fn: () => Promise<R>): Promise<R> => t.db.transaction('rw', t, fn);

  async function mustGet(id: string): Promise<T> {
    const row = await t.get(id);
    if (!isLive(row)) throw new RecordNotFoundError(t.name, id);
    return row;
  }

  return {
    async add(input) {
      const now = nowIso();
      // The spread drops any stray deletedAt/id/createdAt a caller might pass at runtime.
      const row = prepare({ ...input, id: newId(), createdAt: now, updatedAt: now } as T);
      delete row.deletedAt;
      await t.add(row);
      return row;
    },
    async get(id) {
      const row = await t.get(id);
      return isLive(row) ? row : undefined;
    },
    update(id, patch) {
      return rw(async () => {
        const existing = await mustGet(id);
        const row = prepare(applyPatch<T>(existing, { ...patch, id, createdAt: existing.createdAt, updatedAt: nowIso(), deletedAt: undefined } as Partial<T>));
        await t.put(row);
        return row;
      });
    },
    softDelete(id) {
      return rw(async () => {
        const row = await t.get(id);
        if (row === undefined) throw new RecordNotFoundError(t.name, id);
        if (row.deletedAt !== undefined) return;
        const now = nowIso();
        await t.put({ ...row, deletedAt: now, updatedAt: now });
      });
    },
    restore(id) {
      return rw(async () => {
        const row = await t.get(id);
        if (row === undefined) throw new RecordNotFoundError(t.name, id);
        const restored = applyPatch<T>(row, { deletedAt: undefined, updatedAt: nowIso() } as Partial<T>);
        await t.put(restored);
        return restored;
      });
    },
    listAll() {
      return t.filter((row) => row.deletedAt === undefined).toArray();
    },
  };
}

/** Newest first by a string field (ISO timestamps and LocalDays sort as strings). */
export function byDesc<T>(field: keyof T): (a: T, b: T) => number {
  return (a, b) => {
    const x = String(a[field]);
    const y = String(b[field]);
    return x < y ? 1 : x > y ? -1 : 0;
  };
}
