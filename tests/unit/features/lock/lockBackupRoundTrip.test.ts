import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { db, sealState } from '../../../../src/db';
import type { CheckIn, Goal, JournalEntry, LogItem, Reminder } from '../../../../src/db';
import { searchRowFor } from '../../../../src/db/journalSearch';
import { plainFieldsOf, SEALED } from '../../../../src/db/seal/fields';
import { createRecordCipher } from '../../../../src/db/seal/recordCipher';
import { rawTables } from '../../../fixtures/db';
import { currentSchemaVersion, deleteEverything, dumpAll, primaryKeys, replaceAll } from '../../../../src/features/backup/backup.repo';
import { createBackupFile, openBackupFile, readBackupHeader } from '../../../../src/features/backup/backupFile';
import { resetDb } from '../../../fixtures/db';

// With lock on: a protected backup, then "delete everything", then restoring
// the file gives back exactly what was there — and at no point does IndexedDB
// hold any of the words in the clear. Random datasets, kept small and few.
const key = crypto.getRandomValues(new Uint8Array(32));
const PASSPHRASE = 'a long and careful passphrase';

function lockOn(): void {
  sealState.setStatus('on');
  sealState.setCipher(createRecordCipher(key));
}

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constant(''));
const words = fc.array(text, { maxLength: 3 });
const day = fc.integer({ min: 0, max: 3_650 }).map((n) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const at = fc.integer({ min: 0, max: 3_650 }).map((n) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString());
const id = fc.uuid();

const entry: fc.Arbitrary<JournalEntry> = fc.record(
  { id, createdAt: at, updatedAt: at, day, title: text, body: text, tags: words, bringToSession: fc.constantFrom(0 as const, 1 as const), deletedAt: at },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'day', 'title', 'body', 'tags', 'bringToSession'] },
);
const logItem: fc.Arbitrary<LogItem> = fc.record({
  id,
  createdAt: at,
  updatedAt: at,
  kind: fc.constantFrom('success' as const, 'surprise' as const),
  text,
  occurredAt: at,
  day,
});
const checkin: fc.Arbitrary<CheckIn> = fc.record({
  id,
  createdAt: at,
  updatedAt: at,
  day,
  slot: fc.constantFrom('daily' as const, 'weekly' as const),
  ratings: fc.array(fc.record({ goalId: id, value: fc.integer({ min: 0, max: 10 }) }), { maxLength: 3 }),
  overall: fc.integer({ min: 0, max: 10 }),
  note: text,
});
const goal: fc.Arbitrary<Goal> = fc.record({
  id,
  createdAt: at,
  updatedAt: at,
  title: text,
  value: text,
  why: text,
  withTherapist: fc.constantFrom(0 as const, 1 as const),
  metric: fc.record({ kind: fc.constant('custom' as const), unit: text, target: fc.integer({ min: 0, max: 100 }), higherIsBetter: fc.boolean() }),
  status: fc.constantFrom('active' as const, 'archived' as const),
  revision: fc.integer({ min: 1, max: 5 }),
});
const reminder: fc.Arbitrary<Reminder> = fc.record({
  id,
  createdAt: at,
  updatedAt: at,
  target: fc.constant({ kind: 'journal' as const }),
  times: fc.constant(['20:00']),
  weekdays: fc.constant([]),
  title: text,
  body: text,
  showDetails: fc.constantFrom(0 as const, 1 as const),
  enabled: fc.constantFrom(0 as const, 1 as const),
});
const dataset = fc.record({
  journalEntries: fc.uniqueArray(entry, { maxLength: 4, selector: (r) => r.id }),
  logItems: fc.uniqueArray(logItem, { maxLength: 3, selector: (r) => r.id }),
  checkins: fc.uniqueArray(checkin, { maxLength: 2, selector: (r) => r.id }),
  goals: fc.uniqueArray(goal, { maxLength: 2, selector: (r) => r.id }),
  reminders: fc.uniqueArray(reminder, { maxLength: 2, selector: (r) => r.id }),
});
type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

/** As a string appears inside JSON. */
const inJson = (value: string): string => JSON.stringify(value).slice(1, -1);

/**
 * Every string someone wrote into the dataset (content fields), longer than 3
 * characters, except any that also occur in a field meant to stay readable (an
 * id or a date): finding those in the clear proves nothing.
 */
function writtenStrings(data: Dataset): string[] {
  const found = new Set<string>();
  const readable: unknown[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const [table, rows] of Object.entries(data)) {
    const plain = plainFieldsOf(db.core.table(table).schema);
    for (const row of rows) {
      for (const [field, value] of Object.entries(row)) {
        if (plain.has(field)) readable.push(value);
        else walk(value);
      }
    }
  }
  const readableText = JSON.stringify(readable);
  return [...found].filter((s) => s.length > 3 && !readableText.includes(inJson(s)));
}

/** Rows exactly as IndexedDB holds them, settings left out. */
async function rawRows(): Promise<Record<string, Record<string, unknown>[]>> {
  const { settings: _settings, ...tables } = await rawTables();
  return tables;
}

/** Whether a written string shows up anywhere in the raw rows: readable fields or the sealed bytes. */
function leaks(raw: Record<string, Record<string, unknown>[]>, secret: string): string | undefined {
  const bytes = Buffer.from(secret, 'utf8');
  for (const [table, rows] of Object.entries(raw)) {
    for (const row of rows) {
      const { [SEALED]: sealed, ...readable } = row;
      if (JSON.stringify(readable).includes(inJson(secret))) return `${table} readable fields`;
      if (!ArrayBuffer.isView(sealed)) return `${table} row without a sealed blob`;
      if (Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength).includes(bytes)) return `${table} sealed bytes`;
    }
  }
  return undefined;
}

async function write(data: Dataset): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.journalEntries.bulkAdd(data.journalEntries);
    await db.journalSearch.bulkAdd(data.journalEntries.map(searchRowFor));
    await db.logItems.bulkAdd(data.logItems);
    await db.checkins.bulkAdd(data.checkins);
    await db.goals.bulkAdd(data.goals);
    await db.reminders.bulkAdd(data.reminders);
  });
}

describe('backup and restore with lock on (random datasets)', () => {
  afterEach(() => {
    sealState.setStatus('off');
    sealState.setCipher(undefined);
  });

  it('restores exactly what was backed up, and IndexedDB never holds the words in the clear', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        await resetDb();
        lockOn();
        await write(data);
        const before = await dumpAll();
        const meta = { schemaVersion: currentSchemaVersion, appVersion: 'test', createdAt: '2026-11-29T09:30:00.000Z' };
        const text = JSON.stringify(await createBackupFile(before, meta, PASSPHRASE, 1_000));

        await deleteEverything();
        expect(Object.values(await dumpAll()).every((rows) => rows.length === 0)).toBe(true);
        const tables = await openBackupFile(readBackupHeader(text, currentSchemaVersion), primaryKeys(), PASSPHRASE);
        await replaceAll(tables);

        expect(await dumpAll()).toEqual(before);
        const raw = await rawRows();
        for (const secret of writtenStrings(data)) expect(leaks(raw, secret), secret).toBeUndefined();
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
