/**
 * Dexie DBCore middleware that seals rows on their way into IndexedDB and opens
 * them on the way out, so repos, live queries, search and charts see plain
 * records while the app is unlocked. It sits below Dexie's own middlewares
 * (level -10) so their caches and change tracking only ever hold opened rows.
 *
 * Without the key (locked, or in the service worker) rows pass through as stored:
 * readable fields only. Writes that would store words in the clear are refused
 * with LockedError; writes of readable fields only (e.g. a check-off from a
 * notification) are allowed.
 */
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { hasContent, isRow, isSealed, openRow, plainFieldsOf, recordAad, sealRow, UNSEALED_TABLES } from './fields';
import { LockedError, sealState, sealsWrites } from './state';

/**
 * How often each table was written through this tab since its connection opened.
 * Caches of opened rows (lock on: search keeps the opened words in memory) compare
 * stamps to know when to read again; a new connection (e.g. after the database
 * was deleted) changes every stamp.
 */
let connection = 0;
const writes = new Map<string, number>();

export function changeStamp(table: string): string {
  return `${connection}.${writes.get(table) ?? 0}`;
}

/** A table changed somewhere else (another tab): caches of it must read again. */
export function noteChange(table: string): void {
  writes.set(table, (writes.get(table) ?? 0) + 1);
}

function keyOf(row: Record<string, unknown>, keyPath: string | string[] | null | undefined): unknown {
  if (typeof keyPath !== 'string') return undefined;
  return row[keyPath];
}

function sealingTable(table: DBCoreTable): DBCoreTable {
  const plain = plainFieldsOf(table.schema);
  const keyPath = table.schema.primaryKey.keyPath;
  const aadOf = (row: Record<string, unknown>) => recordAad(table.name, keyOf(row, keyPath));

  const open = (row: unknown): unknown => {
    const cipher = sealState.cipher;
    return cipher && isSealed(row) ? openRow(row, cipher, aadOf(row)) : row;
  };

  const prepare = (value: unknown): unknown => {
    if (!isRow(value) || sealState.status === 'off') return value;
    const cipher = sealState.cipher;
    if (!cipher) {
      if (hasContent(value, plain)) throw new LockedError();
      return value;
    }
    if (sealsWrites()) return sealRow(value, plain, cipher, aadOf(value));
    // Turning lock off: store in the clear again.
    return open(value);
  };

  const wrapCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let raw: unknown;
    let opened: unknown;
    return Object.create(cursor, {
      key: { get: (): unknown => cursor.key as unknown },
      primaryKey: { get: (): unknown => cursor.primaryKey as unknown },
      value: {
        get: () => {
          const current: unknown = cursor.value;
          if (current !== raw) {
            raw = current;
            opened = open(current);
          }
          return opened;
        },
      },
    }) as DBCoreCursor;
  };

  return {
    ...table,
    mutate(req) {
      noteChange(table.name);
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      return table.mutate({ ...req, values: req.values.map(prepare) });
    },
    get(req) {
      return table.get(req).then(open);
    },
    getMany(req) {
      return table.getMany(req).then((rows) => rows.map(open));
    },
    query(req) {
      return table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res));
    },
    openCursor(req) {
      return table.openCursor(req).then((cursor) => (cursor && req.values ? wrapCursor(cursor) : cursor));
    },
  };
}

export const sealMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SealMiddleware',
  level: -10,
  create(down) {
    connection += 1;
    const tables = new Map<string, DBCoreTable>();
    return {
      ...down,
      table(name) {
        let table = tables.get(name);
        if (!table) {
          const base = down.table(name);
          table = UNSEALED_TABLES.has(name) ? base : sealingTable(base);
          tables.set(name, table);
        }
        return table;
      },
    };
  },
};
