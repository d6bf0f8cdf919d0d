import { decryptText, DecryptError, encryptText, sha256Hex, type EncryptionParams } from './crypto';

// The backup file: a small JSON header anyone can read (what it is, when, how
// many of each kind) and the content: the JSON of every table, or its
// ciphertext when a passphrase was given.

export const BACKUP_FORMAT = 'between-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Larger files are refused before parsing (ten years of text is a few MB). */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

export type Tables = Record<string, Record<string, unknown>[]>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  createdAt: string;
  appVersion: string;
  counts: Record<string, number>;
  /** SHA-256 (hex) of the content JSON before any encryption. */
  sha256: string;
  encryption?: EncryptionParams;
}

export interface BackupFile extends BackupHeader {
  content: string;
}

export type BackupProblem =
  | 'notBetween'
  | 'newerFormat'
  | 'newerSchema'
  | 'damaged'
  | 'tooLarge'
  | 'needsPassphrase'
  | 'wrongPassphrase';

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`Backup problem: ${problem}`);
    this.name = 'BackupError';
  }
}

/** The header fields bound into the encryption, in a fixed order. */
function authenticatedHeader(header: Omit<BackupHeader, 'encryption'>): string {
  const { format, formatVersion, schemaVersion, createdAt, appVersion, counts, sha256 } = header;
  return JSON.stringify({ format, formatVersion, schemaVersion, createdAt, appVersion, counts, sha256 });
}

export function countRows(tables: Tables): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
}

export async function createBackupFile(
  tables: Tables,
  meta: { schemaVersion: number; appVersion: string; createdAt: string },
  passphrase?: string,
  iterations?: number,
): Promise<BackupFile> {
  const json = JSON.stringify({ tables });
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...meta,
    counts: countRows(tables),
    sha256: await sha256Hex(json),
  } satisfies Omit<BackupHeader, 'encryption'>;
  if (!passphrase) return { ...header, content: json };
  const sealed = await encryptText(json, passphrase, authenticatedHeader(header), iterations);
  return { ...header, encryption: sealed.params, content: sealed.ciphertext };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Read the header without the passphrase, for a first look. Throws BackupError. */
export function readBackupHeader(text: string, currentSchema: number): BackupFile {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError('tooLarge');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupError(text.trimStart().startsWith('{') ? 'damaged' : 'notBetween');
  }
  if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT) throw new BackupError('notBetween');
  const { formatVersion, schemaVersion, createdAt, appVersion, counts, sha256, content, encryption } = parsed;
  if (typeof formatVersion !== 'number') throw new BackupError('damaged');
  if (formatVersion > BACKUP_FORMAT_VERSION) throw new BackupError('newerFormat');
  if (typeof schemaVersion !== 'number' || typeof createdAt !== 'string' || typeof appVersion !== 'string') {
    throw new BackupError('damaged');
  }
  if (schemaVersion > currentSchema) throw new BackupError('newerSchema');
  if (!isObject(counts) || !Object.values(counts).every((n) => Number.isInteger(n) && (n as number) >= 0)) {
    throw new BackupError('damaged');
  }
  if (typeof sha256 !== 'string' || typeof content !== 'string') throw new BackupError('damaged');
  if (encryption !== undefined && !isEncryptionParams(encryption)) throw new BackupError('damaged');
  return parsed as unknown as BackupFile;
}

function isEncryptionParams(value: unknown): value is EncryptionParams {
  return (
    isObject(value) &&
    value.kdf === 'PBKDF2-SHA256' &&
    value.cipher === 'AES-GCM-256' &&
    Number.isInteger(value.iterations) &&
    // Only an upper bound: a huge count would hang the device on open.
    (value.iterations as number) >= 1 &&
    (value.iterations as number) <= 10_000_000 &&
    typeof value.salt === 'string' &&
    typeof value.iv === 'string'
  );
}

/**
 * Decrypt (if needed), verify the checksum and the shape of every table.
 * `primaryKeys` maps each table this version knows to its key field.
 */
export async function openBackupFile(
  file: BackupFile,
  primaryKeys: Record<string, string>,
  passphrase?: string,
): Promise<Tables> {
  let json = file.content;
  if (file.encryption) {
    if (!passphrase) throw new BackupError('needsPassphrase');
    try {
      json = await decryptText(file.content, passphrase, file.encryption, authenticatedHeader(file));
    } catch (error) {
      if (error instanceof DecryptError) throw new BackupError('wrongPassphrase');
      throw new BackupError('damaged');
    }
  }
  if ((await sha256Hex(json)) !== file.sha256) throw new BackupError('damaged');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new BackupError('damaged');
  }
  if (!isObject(parsed) || !isObject(parsed.tables)) throw new BackupError('damaged');
  const tables: Tables = {};
  for (const [name, rows] of Object.entries(parsed.tables)) {
    const key = primaryKeys[name];
    if (!key || !Array.isArray(rows)) throw new BackupError('damaged');
    if (!rows.every((row) => isObject(row) && typeof row[key] === 'string' && row[key] !== '')) {
      throw new BackupError('damaged');
    }
    if (file.counts[name] !== rows.length) throw new BackupError('damaged');
    tables[name] = rows as Record<string, unknown>[];
  }
  return tables;
}
