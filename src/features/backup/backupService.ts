import { downloadBlob } from '../../lib/download';
import { nowIso } from '../../lib/ids';
import { toLocalDay } from '../../lib/days';
import { settingsRepo } from '../settings/settings.repo';
import {
  BackupError,
  createBackupFile,
  openBackupFile,
  readBackupHeader,
  type BackupFile,
  type BackupProblem,
} from './backupFile';
import { currentSchemaVersion, dumpAll, mergeAll, primaryKeys, replaceAll } from './backup.repo';

export interface PreparedFile {
  name: string;
  blob: Blob;
}

/** Every table as one backup file, encrypted when a passphrase is given. */
export async function makeBackup(passphrase?: string): Promise<PreparedFile> {
  const now = new Date();
  const file = await createBackupFile(
    await dumpAll(),
    { schemaVersion: currentSchemaVersion, appVersion: __APP_VERSION__, createdAt: now.toISOString() },
    passphrase,
  );
  await settingsRepo.set('lastBackupAt', nowIso());
  const suffix = passphrase ? 'protected' : 'readable';
  return {
    name: `between-backup-${toLocalDay(now)}-${suffix}.json`,
    blob: new Blob([JSON.stringify(file)], { type: 'application/json' }),
  };
}

export function inspectBackup(text: string): BackupFile {
  return readBackupHeader(text, currentSchemaVersion);
}

export type RestoreMode = 'merge' | 'replace';

export async function restoreBackup(
  file: BackupFile,
  mode: RestoreMode,
  passphrase?: string,
): Promise<{ added: number; updated: number } | 'replaced'> {
  const tables = await openBackupFile(file, primaryKeys(), passphrase);
  if (mode === 'merge') return mergeAll(tables);
  await replaceAll(tables);
  return 'replaced';
}

/** Map anything thrown during backup or restore to one kind message key. */
export function problemOf(error: unknown): BackupProblem | 'storageFull' | 'unknown' {
  if (error instanceof BackupError) return error.problem;
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'storageFull';
  return 'unknown';
}

/** Offer a file to the person: the share sheet where it takes files, else a download. */
export async function deliverFile(file: PreparedFile, via: 'share' | 'download'): Promise<void> {
  if (via === 'share') {
    const shared = new File([file.blob], file.name, { type: file.blob.type });
    await navigator.share({ files: [shared], title: file.name });
    return;
  }
  downloadBlob(file.name, file.blob);
}

export function canShareFiles(): boolean {
  try {
    const probe = new File([''], 'probe.json', { type: 'application/json' });
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [probe] });
  } catch {
    return false;
  }
}
