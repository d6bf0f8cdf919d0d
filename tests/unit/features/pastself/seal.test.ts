import { describe, expect, it } from 'vitest';
import type { Letter } from '../../../../src/db';
import { dayInZone, letterState, sealHolds, sealProblem } from '../../../../src/features/pastself/seal';

const at = '2026-11-01T10:00:00.000Z';
const letter = (patch: Partial<Letter> = {}): Letter => ({ id: 'l', createdAt: at, updatedAt: at, body: 'Dear me', day: '2026-11-01', ...patch });

describe('seals', () => {
  it('a session seal holds until that many sessions have started', () => {
    const seal = { kind: 'session', number: 4 } as const;
    expect(sealHolds(seal, { sessionsSoFar: 3, today: '2030-01-01' })).toBe(true);
    expect(sealHolds(seal, { sessionsSoFar: 4, today: '2026-11-01' })).toBe(false);
    expect(sealHolds(seal, { sessionsSoFar: 9, today: '2026-11-01' })).toBe(false);
  });

  it('a date seal holds until that local day begins', () => {
    const seal = { kind: 'date', day: '2026-12-01' } as const;
    expect(sealHolds(seal, { sessionsSoFar: 99, today: '2026-11-30' })).toBe(true);
    expect(sealHolds(seal, { sessionsSoFar: 0, today: '2026-12-01' })).toBe(false);
    expect(sealHolds(undefined, { sessionsSoFar: 0, today: '2026-11-30' })).toBe(false);
  });

  it('the same instant opens a date-sealed letter in one time zone and not yet in another', () => {
    const seal = { kind: 'date', day: '2026-12-01' } as const;
    const instant = new Date('2026-12-01T03:00:00Z');
    const inLondon = dayInZone(instant, 'Europe/London');
    const inLosAngeles = dayInZone(instant, 'America/Los_Angeles');
    expect(inLondon).toBe('2026-12-01');
    expect(inLosAngeles).toBe('2026-11-30');
    expect(sealHolds(seal, { sessionsSoFar: 0, today: inLondon })).toBe(false);
    expect(sealHolds(seal, { sessionsSoFar: 0, today: inLosAngeles })).toBe(true);
    // Auckland is already on the 1st while it is still the 30th in UTC.
    expect(dayInZone(new Date('2026-11-30T12:00:00Z'), 'Pacific/Auckland')).toBe('2026-12-01');
  });

  it('local midnight across the clock change still opens on the right day', () => {
    // London leaves summer time on 25 Oct 2026: 23:30 UTC on the 25th is still the 25th locally (GMT).
    expect(dayInZone(new Date('2026-10-25T23:30:00Z'), 'Europe/London')).toBe('2026-10-25');
    // During summer time 23:30 UTC is already the next day in London.
    expect(dayInZone(new Date('2026-10-24T23:30:00Z'), 'Europe/London')).toBe('2026-10-25');
  });

  it('refuses seals that would open at once', () => {
    const ctx = { sessionsSoFar: 3, today: '2026-11-29' };
    expect(sealProblem({ kind: 'session', number: 3 }, ctx)).toBe('sessionReached');
    expect(sealProblem({ kind: 'session', number: 4 }, ctx)).toBeUndefined();
    expect(sealProblem({ kind: 'date', day: '2026-11-29' }, ctx)).toBe('dateNotFuture');
    expect(sealProblem({ kind: 'date', day: '2026-11-28' }, ctx)).toBe('dateNotFuture');
    expect(sealProblem({ kind: 'date', day: '2026-11-30' }, ctx)).toBeUndefined();
  });

  it('a sealed letter becomes ready when it unseals, and open once read', () => {
    const sealed = letter({ sealedUntil: { kind: 'session', number: 2 } });
    expect(letterState(sealed, { sessionsSoFar: 1, today: '2026-11-29' })).toBe('sealed');
    expect(letterState(sealed, { sessionsSoFar: 2, today: '2026-11-29' })).toBe('ready');
    expect(letterState({ ...sealed, openedAt: at }, { sessionsSoFar: 2, today: '2026-11-29' })).toBe('open');
    expect(letterState(letter(), { sessionsSoFar: 0, today: '2026-11-29' })).toBe('open');
  });
});
