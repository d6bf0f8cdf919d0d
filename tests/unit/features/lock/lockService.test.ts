import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, sealState } from '../../../../src/db';
import { SEALED } from '../../../../src/db/seal/fields';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import { newRecoveryKey, WrongSecretError } from '../../../../src/features/lock/keys';
import { readLockConfig } from '../../../../src/features/lock/lock.repo';
import {
  changePassphrase,
  forgetLock,
  lockNow,
  lockStore,
  startLock,
  turnOffLock,
  turnOnLock,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../../../src/features/lock/lockService';
import { logsRepo } from '../../../../src/features/logs/logs.repo';
import { rawRows, rawTables, resetDb } from '../../../fixtures/db';

const CANARY = 'my sister called and I laughed';
const PASS = 'four quiet words here';

async function rawText(): Promise<string> {
  return JSON.stringify(await rawTables(['journalEntries', 'journalSearch', 'logItems', 'drafts']));
}

async function seed(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await journalRepo.add({ day: '2026-11-01', title: `t${i}`, body: `${CANARY} ${i}`, tags: ['family'], bringToSession: 0 });
  }
  await logsRepo.add({ kind: 'success', text: CANARY, occurredAt: '2026-11-02T10:00:00.000Z', day: '2026-11-02' });
}

/** A fresh start of the app: lock state from storage, no key in memory. */
async function reload(): Promise<void> {
  sealState.setCipher(undefined);
  sealState.setStatus('off');
  db.close({ disableAutoOpen: false });
  await startLock();
}

describe('lock service', () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });
  afterEach(() => {
    forgetLock();
  });

  it('turning lock on seals everything already written; unlocking shows it again', async () => {
    await seed(3);
    const recovery = newRecoveryKey();
    await turnOnLock({ passphrase: PASS, recoveryKey: recovery, iterations: 1_000 });
    expect((await readLockConfig())?.status).toBe('on');
    expect(await rawText()).not.toContain('sister');

    await reload();
    expect(lockStore.get().phase).toBe('locked');
    expect(JSON.stringify(await journalRepo.listRecent(10))).not.toContain('sister');

    await expect(unlockWithPassphrase('wrong words')).rejects.toBeInstanceOf(WrongSecretError);
    expect(lockStore.get().phase).toBe('locked');
    await unlockWithPassphrase(PASS);
    expect(lockStore.get().phase).toBe('unlocked');
    expect((await journalRepo.listRecent(10)).map((e) => e.body)).toContain(`${CANARY} 0`);

    await lockNow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sealState.cipher).toBeUndefined();
    await unlockWithRecoveryKey(recovery);
    expect((await logsRepo.listSince('2026-11-01')).map((l) => l.text)).toEqual([CANARY]);
  });

  it('a pass interrupted midway resumes after unlocking, without losing or double-sealing a row', async () => {
    await seed(450);
    // The key goes away after the first batch (as when the app locks or the tab closes).
    await turnOnLock({ passphrase: PASS, recoveryKey: newRecoveryKey(), iterations: 1_000 }, (p) => {
      if (p.done >= 200) sealState.setCipher(undefined);
    });
    const halfway = await rawRows('journalEntries');
    const sealedCount = halfway.filter((row) => SEALED in row).length;
    expect(sealedCount).toBeGreaterThan(0);
    expect(sealedCount).toBeLessThan(450);
    expect((await readLockConfig())?.status).toBe('turningOn');

    await reload();
    await unlockWithPassphrase(PASS);
    await vi.waitFor(async () => expect((await readLockConfig())?.status).toBe('on'));
    const entries = await journalRepo.listRecent(500);
    expect(entries).toHaveLength(450);
    expect(entries.every((e) => e.body.startsWith(CANARY) && e.tags[0] === 'family')).toBe(true);
    const stored = await rawRows('journalEntries');
    expect(stored.every((row) => ArrayBuffer.isView(row[SEALED]) && !('body' in row))).toBe(true);
  });

  it('turning lock off needs the passphrase and leaves every row readable in the clear', async () => {
    await seed(2);
    await turnOnLock({ passphrase: PASS, recoveryKey: newRecoveryKey(), iterations: 1_000 });
    await expect(turnOffLock('nope')).rejects.toBeInstanceOf(WrongSecretError);
    expect((await readLockConfig())?.status).toBe('on');
    await turnOffLock(PASS);
    expect(await readLockConfig()).toBeUndefined();
    expect(lockStore.get().phase).toBe('off');
    const stored = await rawRows('journalEntries');
    expect(stored.every((row) => !(SEALED in row) && String(row.body).startsWith(CANARY))).toBe(true);
    await reload();
    expect(lockStore.get().phase).toBe('off');
    expect(await journalRepo.listRecent(10)).toHaveLength(2);
  });

  it('changing the passphrase re-wraps the key only', async () => {
    await seed(1);
    await turnOnLock({ passphrase: PASS, recoveryKey: newRecoveryKey(), iterations: 1_000 });
    const before = await rawRows('journalEntries');
    await expect(changePassphrase('wrong', 'new words here', 1_000)).rejects.toBeInstanceOf(WrongSecretError);
    await changePassphrase(PASS, 'new words here', 1_000);
    expect(await rawRows('journalEntries')).toEqual(before);
    await reload();
    await expect(unlockWithPassphrase(PASS)).rejects.toBeInstanceOf(WrongSecretError);
    await unlockWithPassphrase('new words here');
    expect((await journalRepo.listRecent(1))[0]?.body).toBe(`${CANARY} 0`);
  });
});
