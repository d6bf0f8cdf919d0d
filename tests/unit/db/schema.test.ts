import { describe, expect, it } from 'vitest';
import { BetweenDB, derivedTableNames, recordTableNames } from '../../../src/db';
import { schemaHistory, tablesAt } from '../../../src/db/schema';
import released from '../../fixtures/schema-history.json';
import { sampleRows } from '../../fixtures/rows';

describe('schema history', () => {
  it('versions are positive integers in strictly increasing order', () => {
    const versions = schemaHistory.map((v) => v.version);
    expect(versions.length).toBeGreaterThan(0);
    versions.forEach((v, i) => {
      expect(Number.isInteger(v) && v > 0).toBe(true);
      if (i > 0) expect(v).toBeGreaterThan(versions[i - 1] ?? Infinity);
    });
  });

  it('every released version is unchanged (compare with tests/fixtures/schema-history.json)', () => {
    // New versions may be appended in code; released ones must match the snapshot exactly.
    expect(schemaHistory.length).toBeGreaterThanOrEqual(released.length);
    released.forEach((snapshot, i) => {
      const inCode = schemaHistory[i];
      expect(inCode?.version, `entry ${i}`).toBe(snapshot.version);
      expect(inCode?.stores, `stores of version ${snapshot.version}`).toEqual(snapshot.stores);
    });
  });

  it('BetweenDB exposes a typed table for every table in the schema', () => {
    const db = new BetweenDB('schema-shape-test');
    const tables = tablesAt(schemaHistory).sort();
    expect(db.tables.map((t) => t.name).sort()).toEqual(tables);
    const props = db as unknown as Record<string, { name?: string } | undefined>;
    for (const name of tables) expect(props[name]?.name, name).toBe(name);
    expect([...recordTableNames, ...derivedTableNames, 'settings', 'drafts'].sort()).toEqual(tables);
  });

  it('the fixture factory has a sample row for every table', () => {
    expect(Object.keys(sampleRows()).sort()).toEqual(tablesAt(schemaHistory).sort());
  });

  it('tablesAt applies null as a table removal', () => {
    expect(tablesAt([{ version: 1, stores: { a: 'id', b: 'id' } }, { version: 2, stores: { a: null } }])).toEqual(['b']);
  });
});
