/**
 * Which fields of a row stay readable when lock is on, and how a row is sealed
 * and opened. Readable: the primary key, indexed fields that are ids, dates or
 * kinds, and the reminder schedule the service worker needs while locked.
 * Everything else — every word someone wrote, every rating — goes into one
 * AES-GCM blob bound to the table and the row's key.
 */
import type { DBCoreTableSchema } from 'dexie';
import type { RecordCipher } from './state';

/** The field holding the sealed content. */
export const SEALED = '_sealed';

const ALWAYS_PLAIN = ['createdAt', 'updatedAt', 'deletedAt'];

/** Indexed fields that hold words: sealed anyway (their index then stays empty). */
const TEXT_INDEXES: Readonly<Record<string, readonly string[]>> = {
  journalEntries: ['tags'],
  journalSearch: ['terms'],
};

/**
 * Times and switches the service worker reads to notify while locked, and the
 * moment of a check-off it records from a notification's "Done" — never wording.
 */
const EXTRA_PLAIN: Readonly<Record<string, readonly string[]>> = {
  reminders: ['target', 'times', 'weekdays', 'quiet', 'showDetails', 'enabled', 'beforeSession'],
  checkoffs: ['doneAt'],
};

/** App settings (theme, language, the wrapped keys themselves) are needed before unlocking. */
export const UNSEALED_TABLES: ReadonlySet<string> = new Set(['settings']);

type Row = Record<string, unknown>;

function topField(keyPath: string): string {
  return keyPath.split('.')[0] ?? keyPath;
}

function keyPathFields(keyPath: string | string[] | null | undefined): string[] {
  if (keyPath == null) return [];
  return (Array.isArray(keyPath) ? keyPath : [keyPath]).map(topField);
}

export function plainFieldsOf(schema: DBCoreTableSchema): ReadonlySet<string> {
  const textIndexes = new Set(TEXT_INDEXES[schema.name] ?? []);
  const fields = new Set<string>([...ALWAYS_PLAIN, ...(EXTRA_PLAIN[schema.name] ?? [])]);
  for (const field of keyPathFields(schema.primaryKey.keyPath)) fields.add(field);
  for (const index of schema.indexes) {
    for (const field of keyPathFields(index.keyPath)) if (!textIndexes.has(field)) fields.add(field);
  }
  return fields;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ArrayBuffer.isView, not instanceof: bytes read back may come from another realm (tests, workers).
export function isSealed(value: unknown): value is Row & { [SEALED]: Uint8Array } {
  return isRow(value) && ArrayBuffer.isView(value[SEALED]);
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** Additional data: the table and the row's key, so a blob moved to another row does not open. */
export function recordAad(table: string, key: unknown): Uint8Array {
  return encoder.encode(`${table}\u0000${JSON.stringify(key)}`);
}

/** Whether a row carries anything beyond its readable fields (used to refuse writes while locked). */
export function hasContent(row: Row, plain: ReadonlySet<string>): boolean {
  return Object.entries(row).some(([field, value]) => field !== SEALED && !plain.has(field) && value !== undefined);
}

/** The row with its content fields opened (a row that was never sealed comes back as it is). */
export function openRow(row: unknown, cipher: RecordCipher, aad: Uint8Array): unknown {
  if (!isSealed(row)) return row;
  const content = JSON.parse(decoder.decode(cipher.open(bytesOf(row[SEALED]), aad))) as Row;
  const { [SEALED]: _sealed, ...plain } = row;
  return { ...content, ...plain };
}

/** The row as stored while sealing: readable fields plus one blob (merging any blob it already had). */
export function sealRow(row: Row, plain: ReadonlySet<string>, cipher: RecordCipher, aad: Uint8Array): Row {
  const opened = isSealed(row) ? (openRow(row, cipher, aad) as Row) : row;
  const stored: Row = {};
  const content: Row = {};
  for (const [field, value] of Object.entries(opened)) {
    if (plain.has(field)) stored[field] = value;
    else if (value !== undefined) content[field] = value;
  }
  stored[SEALED] = cipher.seal(encoder.encode(JSON.stringify(content)), aad);
  return stored;
}
