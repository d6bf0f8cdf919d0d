import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../../../src/db';
import { schemaHistory, tablesAt } from '../../../src/db/schema';
import type { SchemaVersion } from '../../../src/db/schema';
import { sampleRows } from '../../fixtures/rows';

const rows: Record<string, unknown> = sampleRows();
const opened: Dexie[] = [];

/** A plain Dexie that knows only the given versions (what an older app release shipped). */
function dexieWith(name: string, history: ReadonlyArray<SchemaVersion>): Dexie {
  const d = new Dexie(name);
  for (const v of history) {
    const version = d.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  opened.push(d);
  return d;
}

/**
 * Creates the database as the release with `oldHistory` would, fills every table
 * with a sample row, then opens it with `openNew` and checks every row survived.
 */
async function expectUpgradeKeepsRows(name: string, oldHistory: ReadonlyArray<SchemaVersion>, openNew: () => Dexie) {
  await Dexie.delete(name);
  const old = dexieWith(name, oldHistory);
  const oldTables = tablesAt(oldHistory);
  await old.transaction('rw', oldTables, async () => {
    for (const table of oldTables) await old.table(table).add(rows[table]);
  });
  old.close();

  const upgraded = openNew();
  opened.push(upgraded);
  await upgraded.open();
  for (const table of oldTables) {
    expect(await upgraded.table(table).toArray(), `rows of ${table}`).toEqual([rows[table]]);
  }
  return upgraded;
}

afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

describe('schema upgrades keep every row', () => {
  const latest = schemaHistory[schemaHistory.length - 1]?.version;

  it('has at least one upgrade step to test', () => {
    expect(schemaHistory.length).toBeGreaterThanOrEqual(2);
  });

  schemaHistory.forEach((version, i) => {
    if (i === 0) return;
    const from = schemaHistory[i - 1]?.version;
    it(`from version ${from} (before ${version.version}) to the current BetweenDB (${latest})`, async () => {
      const name = `upgrade-from-${from}`;
      const db = await expectUpgradeKeepsRows(name, schemaHistory.slice(0, i), () => createDb(name));
      expect(db.verno).toBe(latest);
      expect(db.tables.map((t) => t.name).sort()).toEqual(tablesAt(schemaHistory).sort());
    });
  });

  it('indexes still answer queries after the upgrade', async () => {
    const name = 'upgrade-indexes';
    const db = createDb(name);
    await expectUpgradeKeepsRows(name, schemaHistory.slice(0, 1), () => db);
    expect(await db.journalEntries.where('tags').equals('work').count()).toBe(1);
    expect(await db.checkoffs.where('[milestoneId+day]').equals(['m-1', '2024-03-04']).count()).toBe(1);
    expect(await db.questions.where('fingerprint').equals('00a1b2c3d4e5f6').count()).toBe(1);
  });

  it('would fail if a later version dropped a table (the check is real)', async () => {
    const name = 'upgrade-bad';
    const bad: SchemaVersion[] = [...schemaHistory, { version: 999, stores: { journalEntries: null } }];
    await expect(
      expectUpgradeKeepsRows(name, schemaHistory.slice(0, 1), () => dexieWith(name, bad)),
    ).rejects.toThrow(/journalEntries/);
  });
});
