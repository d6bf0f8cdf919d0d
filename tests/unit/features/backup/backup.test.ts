import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import {
  BackupError,
  createBackupFile,
  openBackupFile,
  readBackupHeader,
  type BackupFile,
} from '../../../../src/features/backup/backupFile';
import {
  currentSchemaVersion,
  dumpAll,
  mergeAll,
  primaryKeys,
  replaceAll,
} from '../../../../src/features/backup/backup.repo';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import { logsRepo } from '../../../../src/features/logs/logs.repo';
import { settingsRepo } from '../../../../src/features/settings/settings.repo';
import { saveDraft } from '../../../../src/features/drafts/drafts.repo';
import { resetDb } from '../../../fixtures/db';

const meta = { schemaVersion: currentSchemaVersion, appVersion: 'test', createdAt: '2026-11-29T09:30:00.000Z' };
const FAST = 1_000; // PBKDF2 iterations for tests; the app uses 600,000 (checked below).

async function seed() {
  const entry = await journalRepo.add({
    day: '2026-11-28',
    title: 'Rainy walk',
    body: 'Canary sentence: the heron stood still.',
    tags: ['calm'],
    bringToSession: 1,
  });
  await logsRepo.add({ kind: 'success', text: 'Asked for help', occurredAt: '2026-11-27T10:00:00.000Z', day: '2026-11-27' });
  await settingsRepo.set('feedbackEvery', 6);
  await saveDraft('journal:new', 'journal', { title: '', body: 'half a thought' });
  await journalRepo.softDelete((await journalRepo.add({ day: '2026-11-01', title: '', body: 'gone', tags: [], bringToSession: 0 })).id);
  return entry;
}

async function roundTrip(passphrase?: string): Promise<BackupFile> {
  const file = await createBackupFile(await dumpAll(), meta, passphrase, FAST);
  return readBackupHeader(JSON.stringify(file), currentSchemaVersion);
}

async function expectProblem(promise: Promise<unknown>, problem: string) {
  await expect(promise).rejects.toSatisfy((e) => e instanceof BackupError && e.problem === problem);
}

beforeEach(resetDb);

describe('backup and restore', () => {
  it('restores a plain backup exactly, soft-deleted rows, settings and drafts included', async () => {
    await seed();
    const before = await dumpAll();
    const file = await roundTrip();
    expect(file.counts.journalEntries).toBe(2);
    expect(file.content).toContain('heron');
    await db.delete({ disableAutoOpen: false });
    await replaceAll(await openBackupFile(file, primaryKeys()));
    expect(await dumpAll()).toEqual(before);
  });

  it('encrypts by passphrase: no plaintext in the file, wrong passphrase refused', async () => {
    await seed();
    const file = await roundTrip('correct horse battery');
    expect(JSON.stringify(file)).not.toContain('heron');
    expect(file.encryption).toMatchObject({ kdf: 'PBKDF2-SHA256', cipher: 'AES-GCM-256', iterations: FAST });
    await expectProblem(openBackupFile(file, primaryKeys()), 'needsPassphrase');
    await expectProblem(openBackupFile(file, primaryKeys(), 'wrong horse'), 'wrongPassphrase');
    const tables = await openBackupFile(file, primaryKeys(), 'correct horse battery');
    expect(tables.journalEntries?.some((row) => String(row.body).includes('heron'))).toBe(true);
  });

  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    const file = await createBackupFile({ settings: [] }, meta, 'pass');
    expect(file.encryption?.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('uses a fresh salt and IV for every backup', async () => {
    const a = await createBackupFile({ settings: [] }, meta, 'pass', FAST);
    const b = await createBackupFile({ settings: [] }, meta, 'pass', FAST);
    expect(a.encryption?.iv).not.toBe(b.encryption?.iv);
    expect(a.encryption?.salt).not.toBe(b.encryption?.salt);
  });

  it('detects tampering with the content or the header', async () => {
    await seed();
    const plain = await roundTrip();
    await expectProblem(openBackupFile({ ...plain, content: plain.content.replace('heron', 'crane') }, primaryKeys()), 'damaged');
    const sealed = await roundTrip('pass');
    await expectProblem(openBackupFile({ ...sealed, counts: { ...sealed.counts, logItems: 9 } }, primaryKeys(), 'pass'), 'wrongPassphrase');
    const flipped = sealed.content.startsWith('A') ? `B${sealed.content.slice(1)}` : `A${sealed.content.slice(1)}`;
    await expectProblem(openBackupFile({ ...sealed, content: flipped }, primaryKeys(), 'pass'), 'wrongPassphrase');
  });

  it('refuses files that are not Between backups, truncated, or from a newer version', async () => {
    await seed();
    const text = JSON.stringify(await createBackupFile(await dumpAll(), meta));
    expect(() => readBackupHeader('%PDF-1.7 binary', currentSchemaVersion)).toThrow(BackupError);
    expect(() => readBackupHeader('[1,2,3]', currentSchemaVersion)).toThrow(/notBetween/);
    expect(() => readBackupHeader(text.slice(0, text.length / 2), currentSchemaVersion)).toThrow(/damaged/);
    expect(() => readBackupHeader(text, currentSchemaVersion - 1)).toThrow(/newerSchema/);
    const future = JSON.stringify({ ...JSON.parse(text), formatVersion: 99 });
    expect(() => readBackupHeader(future, currentSchemaVersion)).toThrow(/newerFormat/);
  });

  it('refuses unknown tables and rows without a key', async () => {
    const withUnknown = await createBackupFile({ spells: [{ id: 'x' }] }, meta);
    await expectProblem(openBackupFile(withUnknown, primaryKeys()), 'damaged');
    const keyless = await createBackupFile({ journalEntries: [{ body: 'no id' }] }, meta);
    await expectProblem(openBackupFile(keyless, primaryKeys()), 'damaged');
  });

  it('restores a backup made by an older schema (tables it did not have stay empty)', async () => {
    const old = await createBackupFile(
      { settings: [{ key: 'feedbackEvery', value: 4, updatedAt: '2026-01-01T00:00:00.000Z' }] },
      { ...meta, schemaVersion: 1 },
    );
    await replaceAll(await openBackupFile(readBackupHeader(JSON.stringify(old), currentSchemaVersion), primaryKeys()));
    expect(await settingsRepo.get('feedbackEvery')).toBe(4);
  });

  it('changes nothing when a restore fails midway (a write is refused)', async () => {
    await seed();
    const tables = await openBackupFile(await roundTrip(), primaryKeys());
    await journalRepo.add({ day: '2026-11-29', title: '', body: 'written after the backup', tags: [], bringToSession: 0 });
    const before = await dumpAll();
    // The journal is cleared and rewritten first; then a later table's write fails.
    await expect(replaceAll({ ...tables, sessions: [{ startsAt: 'no id here' }] })).rejects.toThrow();
    expect(await dumpAll()).toEqual(before);
  });
});

describe('merge', () => {
  it('keeps items from both sides and lets the newer edit win', async () => {
    const entry = await seed();
    const file = await roundTrip();
    // After the backup: one entry edited here, one new entry here.
    await journalRepo.update(entry.id, { body: 'edited on this phone later' });
    const fresh = await journalRepo.add({ day: '2026-11-29', title: '', body: 'new here', tags: [], bringToSession: 0 });
    const result = await mergeAll(await openBackupFile(file, primaryKeys()));
    expect(result).toEqual({ added: 0, updated: 0 });
    expect((await journalRepo.get(entry.id))?.body).toBe('edited on this phone later');
    expect(await journalRepo.get(fresh.id)).toBeDefined();
  });

  it('adds what the device lacks and takes newer edits from the backup', async () => {
    const entry = await seed();
    const tables = await openBackupFile(await roundTrip(), primaryKeys());
    const rows = tables.journalEntries ?? [];
    const edited = rows.map((row) =>
      row.id === entry.id ? { ...row, body: 'newer in backup', updatedAt: '2099-01-01T00:00:00.000Z' } : row,
    );
    await db.delete({ disableAutoOpen: false });
    await journalRepo.add({ day: '2026-11-29', title: '', body: 'only here', tags: [], bringToSession: 0 });
    await db.journalEntries.put({ ...entry, body: 'older here' });
    const result = await mergeAll({ ...tables, journalEntries: edited });
    expect(result.updated).toBe(1);
    expect(result.added).toBeGreaterThan(2);
    expect((await journalRepo.get(entry.id))?.body).toBe('newer in backup');
    expect((await journalRepo.listAll()).map((e) => e.body)).toContain('only here');
  });
});
