/**
 * The data layer's public entry. Feature code reads and writes through *.repo.ts
 * files; those import `db` from here.
 */
import { BetweenDB } from './db';
import { onVersionChange as onVersionChangeOf } from './versionChange';
import type { VersionChangeInfo } from './versionChange';

export { BetweenDB, createDb, DB_NAME, derivedTableNames, recordTableNames } from './db';
export type { RecordTableName, TableName } from './db';
export type { VersionChangeInfo } from './versionChange';
export type * from './types';

/**
 * The one shared connection. Constructing Dexie does not open anything; the
 * database opens on first use, so importing this is cheap (also in the service worker).
 */
export const db: BetweenDB = new BetweenDB();

/**
 * Register the "updated in another tab" handler on the shared connection.
 * `beforeClose` (e.g. flush pending drafts) runs while the connection is still open.
 */
export function onVersionChange(
  cb: (info: VersionChangeInfo) => void,
  beforeClose?: () => Promise<void> | void,
): () => void {
  return onVersionChangeOf(db, cb, beforeClose);
}

export { LockedError, sealState, textIndexesUsable } from './seal/state';
export { changeStamp, noteChange } from './seal/middleware';
export type { RecordCipher, SealStatus } from './seal/state';
