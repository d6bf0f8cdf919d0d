import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, DB_NAME } from '../../../../src/db';
import { dumpAll, mergeAll, replaceAll } from '../../../../src/features/backup/backup.repo';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import { newRecoveryKey } from '../../../../src/features/lock/keys';
import { readLockConfig } from '../../../../src/features/lock/lock.repo';
import { forgetLock, turnOnLock } from '../../../../src/features/lock/lockService';
import { resetDb } from '../../../fixtures/db';
import { Dexie } from 'dexie';

const CANARY = 'tea with my brother on the step';

describe('backups while lock is on', () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
    await journalRepo.add({ day: '2026-11-20', title: '', body: CANARY, tags: [], bringToSession: 0 });
    await turnOnLock({ passphrase: 'some long words', recoveryKey: newRecoveryKey(), iterations: 1_000 });
  });
  afterEach(() => {
    forgetLock();
  });

  it('a backup holds the opened words and never the device’s wrapped key', async () => {
    const tables = await dumpAll();
    expect(JSON.stringify(tables.journalEntries)).toContain(CANARY);
    expect(tables.settings?.some((row) => row.key === 'lock')).toBe(false);
  });

  it('replacing everything keeps this device’s lock and seals what was restored', async () => {
    const tables = await dumpAll();
    const foreignLock = { key: 'lock', value: { version: 1, status: 'on' }, updatedAt: '2030-01-01T00:00:00.000Z' };
    await replaceAll({ ...tables, settings: [...(tables.settings ?? []), foreignLock] });
    expect((await readLockConfig())?.createdAt).toBeDefined();
    expect((await journalRepo.listRecent(5)).map((e) => e.body)).toEqual([CANARY]);
    await mergeAll({ settings: [foreignLock] });
    expect((await readLockConfig())?.byPassphrase).toBeDefined();

    db.close({ disableAutoOpen: false });
    const raw = new Dexie(DB_NAME);
    await raw.open();
    const stored = JSON.stringify(await raw.table('journalEntries').toArray());
    raw.close();
    expect(stored).not.toContain('brother');
  });
});
