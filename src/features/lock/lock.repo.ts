/**
 * Where the lock's settings live and the pass that seals (or opens) every row
 * when lock is turned on (or off). The pass walks each table in primary-key
 * order in small batches; each batch and the note of how far it got are one
 * transaction, so a reload midway resumes where it stopped and no row is ever
 * half-written. Re-sealing a row that is already sealed is harmless: reads
 * come back opened, so a row is never encrypted twice.
 */
import { db, sealState } from '../../db';
import type { LockConfig } from '../../db';
import { nowIso } from '../../lib/ids';

const BATCH = 200;
/** The default for settingDefaults.lockIdleMinutes; here so the first screen need not load the settings repo. */
export const DEFAULT_IDLE_MINUTES = 5;

/** Every table whose rows can hold someone's words (settings stay readable). */
function sealedTableNames(): string[] {
  return db.tables.map((t) => t.name).filter((name) => name !== 'settings');
}

export async function readLockConfig(): Promise<LockConfig | undefined> {
  const row = await db.settings.get('lock');
  return row?.value as LockConfig | undefined;
}

/**
 * Tell the data layer whether lock is on, without a key (the service worker):
 * reads then return readable fields only and writes of words are refused.
 */
export async function loadSealStatus(): Promise<void> {
  const config = await readLockConfig();
  sealState.setStatus(config?.status ?? 'off');
}

/** Minutes without a touch before locking (the settings default when never chosen). */
export async function readIdleMinutes(): Promise<number> {
  const row = await db.settings.get('lockIdleMinutes');
  return typeof row?.value === 'number' ? row.value : DEFAULT_IDLE_MINUTES;
}

export async function writeLockConfig(config: LockConfig): Promise<void> {
  await db.settings.put({ key: 'lock', value: config, updatedAt: nowIso() });
}

export async function removeLockConfig(): Promise<void> {
  await db.settings.delete('lock');
}

export interface PassProgress {
  done: number;
  total: number;
}

/** Stopped because the app locked (or the key was otherwise put away) midway. */
export class PassInterruptedError extends Error {
  constructor() {
    super('Locked before the pass finished; it carries on after unlocking.');
    this.name = 'PassInterruptedError';
  }
}

/**
 * Rewrite every row under the current seal status ('turningOn' seals,
 * 'turningOff' opens), resuming from `config.progress`. Needs the key.
 */
export async function convertAll(onProgress?: (p: PassProgress) => void): Promise<void> {
  const start = await readLockConfig();
  if (!start) return;
  const tables = sealedTableNames();
  const counts = await Promise.all(tables.map((name) => db.table(name).count()));
  const total = counts.reduce((a, b) => a + b, 0);
  const startIndex = start.progress ? Math.max(0, tables.indexOf(start.progress.table)) : 0;
  let after = start.progress?.after;
  let done = counts.slice(0, startIndex).reduce((a, b) => a + b, 0);
  onProgress?.({ done, total });

  for (let i = startIndex; i < tables.length; i += 1) {
    const name = tables[i] ?? '';
    const table = db.table(name);
    for (;;) {
      if (!sealState.cipher) throw new PassInterruptedError();
      const moved = await db.transaction('rw', table, db.settings, async () => {
        const range = after === undefined ? table.orderBy(':id') : table.where(':id').above(after);
        const rows = (await range.limit(BATCH).toArray()) as Record<string, unknown>[];
        const keyPath = String(table.schema.primKey.keyPath);
        if (rows.length > 0) {
          await table.bulkPut(rows);
          after = String(rows[rows.length - 1]?.[keyPath]);
        }
        const config = await readLockConfig();
        if (config) await writeLockConfig({ ...config, progress: { table: name, after } });
        return rows.length;
      });
      done += moved;
      onProgress?.({ done: Math.min(done, total), total });
      if (moved < BATCH) break;
    }
    after = undefined;
    const next = tables[i + 1];
    if (next) {
      const config = await readLockConfig();
      if (config) await writeLockConfig({ ...config, progress: { table: next } });
    }
  }
}

