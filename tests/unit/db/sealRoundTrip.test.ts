import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../../src/db';
import { isSealed, openRow, plainFieldsOf, recordAad, sealRow, SEALED } from '../../../src/db/seal/fields';
import { createRecordCipher } from '../../../src/db/seal/recordCipher';

// Whatever a record holds, sealing and opening it gives back exactly the same
// record, and what is stored holds nothing but the readable fields and one blob.
const cipher = createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));

// Every kind of text: ASCII, any code point (emoji, combining marks, lone surrogates), empty.
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constant(''));
// JSON has no -0, NaN or Infinity, and records never hold them (ratings, counts, flags).
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)));
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(text, number, fc.boolean(), fc.constant(null)),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 4 }),
  object: fc.dictionary(fieldName(), tie('node'), { maxKeys: 4 }),
})).node;

/** Field names a record type could have (not the blob's own field, not a prototype setter). */
function fieldName(): fc.Arbitrary<string> {
  return fc.string({ minLength: 1, maxLength: 12 }).filter((name) => name !== SEALED && name !== '__proto__');
}

const day = fc.date({ min: new Date('2016-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const stamp = fc.date({ min: new Date('2016-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString());

/** A record for `table`: its own fields (some optional) plus any number of extra content fields. */
const recordArbs: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  journalEntries: fc
    .tuple(
      fc.record(
        {
          id: fc.uuid(),
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: stamp,
          day,
          title: text,
          body: text,
          tags: fc.array(text, { maxLength: 5 }),
          promptId: text,
          questionId: fc.uuid(),
          bringToSession: fc.constantFrom(0, 1),
          bodyCheck: fc.record({ where: fc.array(text, { maxLength: 3 }), intensity: number }, { requiredKeys: [] }),
        },
        { requiredKeys: ['id', 'createdAt', 'updatedAt', 'day', 'title', 'body', 'tags', 'bringToSession'] },
      ),
      fc.dictionary(fieldName(), value, { maxKeys: 3 }),
    )
    .map(([own, extra]) => ({ ...extra, ...own })),
  checkins: fc.record(
    {
      id: fc.uuid(),
      createdAt: stamp,
      updatedAt: stamp,
      day,
      slot: fc.constantFrom('daily', 'weekly', 'session'),
      ratings: fc.array(fc.record({ goalId: fc.uuid(), value: number }), { maxLength: 4 }),
      overall: fc.integer({ min: 0, max: 10 }),
      note: text,
      extra: value,
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'day', 'slot', 'ratings', 'overall', 'note'] },
  ),
  reminders: fc.record(
    {
      id: fc.uuid(),
      createdAt: stamp,
      updatedAt: stamp,
      target: fc.record({ kind: fc.constantFrom('journal', 'checkin', 'milestone'), id: fc.uuid() }, { requiredKeys: ['kind'] }),
      times: fc.array(fc.constantFrom('07:30', '20:00', '22:15'), { maxLength: 3 }),
      weekdays: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
      quiet: fc.record({ from: fc.constant('22:00'), to: fc.constant('07:00') }),
      title: text,
      body: text,
      showDetails: fc.constantFrom(0, 1),
      enabled: fc.constantFrom(0, 1),
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'target', 'times', 'weekdays', 'title', 'body', 'showDetails', 'enabled'] },
  ),
};

describe('sealRow / openRow', () => {
  beforeAll(() => db.open());

  for (const [table, record] of Object.entries(recordArbs)) {
    it(`round-trips any ${table} record exactly, storing only readable fields and the blob`, () => {
      const plain = plainFieldsOf(db.core.table(table).schema);
      fc.assert(
        fc.property(record, (row) => {
          const aad = recordAad(table, row.id);
          const stored = sealRow(row, plain, cipher, aad);
          expect(isSealed(stored)).toBe(true);
          for (const field of Object.keys(stored)) expect(field === SEALED || plain.has(field)).toBe(true);
          expect(openRow(stored, cipher, aad)).toEqual(row);
          // Sealing an already sealed row (a resumed pass) changes nothing either.
          expect(openRow(sealRow(stored, plain, cipher, aad), cipher, aad)).toEqual(row);
          // A blob moved to another record does not open.
          expect(() => openRow(stored, cipher, recordAad(table, `${String(row.id)}x`))).toThrow();
        }),
        { numRuns: 60 },
      );
    });
  }
});
