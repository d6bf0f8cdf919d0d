import { describe, expect, it } from 'vitest';
import {
  DUE_WINDOW_MS,
  dueAndMissed,
  inQuiet,
  localInstant,
  nextOccurrence,
  notifyPlan,
  occurrenceDay,
  occurrencesBetween,
  type ReminderSchedule,
} from '../../../../src/features/reminders/occurrences';

// Tests run in Europe/London (vitest config): GMT in winter, BST (UTC+1) in summer.
const r = (over: Partial<ReminderSchedule> = {}): ReminderSchedule => ({ id: 'r1', times: ['09:00'], weekdays: [], ...over });
const at = (iso: string) => new Date(iso);
const ids = (list: { id: string }[]) => list.map((o) => o.id);

describe('occurrencesBetween', () => {
  it('gives every time of every day in order, with stable ids, excluding `from` and including `to`', () => {
    const list = occurrencesBetween(r({ times: ['21:00', '08:30'] }), at('2026-11-29T08:30:00Z'), at('2026-11-30T21:00:00Z'));
    expect(ids(list)).toEqual(['r1:2026-11-29T21:00', 'r1:2026-11-30T08:30', 'r1:2026-11-30T21:00']);
    expect(list[0]).toMatchObject({ reminderId: 'r1', day: '2026-11-29', time: '21:00' });
    expect(list[0]?.at.toISOString()).toBe('2026-11-29T21:00:00.000Z');
    // The same slot computed again (another window) keeps its id.
    expect(ids(occurrencesBetween(r({ times: ['21:00'] }), at('2026-11-29T20:00:00Z'), at('2026-11-29T22:00:00Z')))).toEqual([
      'r1:2026-11-29T21:00',
    ]);
  });

  it('keeps to the chosen weekdays (0 = Sunday)', () => {
    // 2026-11-29 is a Sunday.
    const list = occurrencesBetween(r({ weekdays: [1, 5] }), at('2026-11-29T00:00:00Z'), at('2026-12-07T00:00:00Z'));
    expect(list.map((o) => o.day)).toEqual(['2026-11-30', '2026-12-04']);
  });

  it('uses local time in summer (BST) too', () => {
    const [o] = occurrencesBetween(r(), at('2026-07-01T00:00:00Z'), at('2026-07-01T23:00:00Z'));
    expect(o?.at.toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('fires a time skipped by spring-forward at the next valid minute (2027-03-28, 01:00 → 02:00)', () => {
    expect(localInstant('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(localInstant('2027-03-28', '01:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(localInstant('2027-03-28', '00:59').toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(localInstant('2027-03-28', '02:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
    const list = occurrencesBetween(r({ times: ['01:30'] }), at('2027-03-27T00:00:00Z'), at('2027-03-29T12:00:00Z'));
    expect(list.map((o) => [o.id, o.at.toISOString()])).toEqual([
      ['r1:2027-03-27T01:30', '2027-03-27T01:30:00.000Z'],
      ['r1:2027-03-28T01:30', '2027-03-28T01:00:00.000Z'],
      ['r1:2027-03-29T01:30', '2027-03-29T00:30:00.000Z'],
    ]);
  });

  it('fires a repeated time only once on fall-back (2026-10-25, 02:00 → 01:00)', () => {
    const list = occurrencesBetween(r({ times: ['01:30'] }), at('2026-10-24T23:00:00Z'), at('2026-10-25T23:00:00Z'));
    expect(list).toHaveLength(1);
    expect(list[0]?.at.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // A window covering only the second 01:30 (01:30 GMT) finds nothing to fire again.
    expect(occurrencesBetween(r({ times: ['01:30'] }), at('2026-10-25T01:00:00Z'), at('2026-10-25T02:00:00Z'))).toEqual([]);
  });

  it('skips times inside the quiet period, including one that spans midnight', () => {
    const list = occurrencesBetween(
      r({ times: ['06:59', '07:00', '12:00', '21:59', '22:00', '23:30'], quiet: { from: '22:00', to: '07:00' } }),
      at('2026-11-29T00:00:00Z'),
      at('2026-11-29T23:59:00Z'),
    );
    expect(list.map((o) => o.time)).toEqual(['07:00', '12:00', '21:59']);
    expect(inQuiet('13:00', { from: '12:00', to: '14:00' })).toBe(true);
    expect(inQuiet('14:00', { from: '12:00', to: '14:00' })).toBe(false);
    expect(inQuiet('13:00', { from: '12:00', to: '12:00' })).toBe(false);
    expect(inQuiet('13:00', undefined)).toBe(false);
  });

  it('returns nothing for an empty or backwards window and never walks more than a month', () => {
    expect(occurrencesBetween(r(), at('2026-11-30T00:00:00Z'), at('2026-11-29T00:00:00Z'))).toEqual([]);
    const long = occurrencesBetween(r(), at('2000-01-01T00:00:00Z'), at('2026-11-29T23:00:00Z'));
    expect(long.length).toBeLessThanOrEqual(32);
    expect(long.at(-1)?.day).toBe('2026-11-29');
  });

  it('finds the next occurrence and parses the day back out of an id', () => {
    expect(nextOccurrence(r({ weekdays: [3] }), at('2026-11-29T09:30:00Z'))?.id).toBe('r1:2026-12-02T09:00');
    expect(occurrenceDay('abc-1:2026-12-02T09:00')).toBe('2026-12-02');
    expect(occurrenceDay('nonsense')).toBeUndefined();
  });
});

describe('dueAndMissed', () => {
  const now = at('2026-11-29T09:30:00Z');

  it('lists the last hour as due and earlier slots since the last open as missed, newest first', () => {
    const list = dueAndMissed([r({ times: ['09:00', '07:00', '06:00', '10:00'] })], now, at('2026-11-29T06:30:00Z'));
    expect(ids(list.due)).toEqual(['r1:2026-11-29T09:00']);
    expect(ids(list.missed)).toEqual(['r1:2026-11-29T07:00']);
  });

  it('bounds "missed" to a day, however long the absence', () => {
    const list = dueAndMissed([r({ times: ['08:00', '20:00'] })], now, at('2026-11-01T00:00:00Z'));
    // 08:00 the day before is more than 24 h ago: never reported.
    expect(ids(list.missed)).toEqual(['r1:2026-11-29T08:00', 'r1:2026-11-28T20:00']);
    expect(list.missed.every((o) => now.getTime() - o.at.getTime() <= 24 * 3600_000)).toBe(true);
  });

  it('reports nothing missed when the clock was moved backwards since the last open', () => {
    const list = dueAndMissed([r({ times: ['09:00', '07:00'] })], now, at('2026-11-30T12:00:00Z'), at('2026-11-30T12:00:00Z'));
    expect(list.missed).toEqual([]);
    // The future "cleared" instant is ignored, so what is due now still shows.
    expect(ids(list.due)).toEqual(['r1:2026-11-29T09:00']);
  });

  it('drops what was cleared, and slots from before the reminder existed', () => {
    const cleared = dueAndMissed([r({ times: ['09:00', '07:00'] })], now, at('2026-11-29T06:00:00Z'), at('2026-11-29T09:05:00Z'));
    expect(cleared).toEqual({ due: [], missed: [] });
    const fresh = dueAndMissed([r({ times: ['09:00', '07:00'], createdAt: '2026-11-29T09:20:00Z' })], now, at('2026-11-29T06:00:00Z'));
    expect(ids(fresh.due)).toEqual(['r1:2026-11-29T09:00']);
    expect(fresh.missed).toEqual([]);
    expect(DUE_WINDOW_MS).toBe(3600_000);
  });
});

describe('notifyPlan', () => {
  it('offers only the newest recent slot per reminder but marks all recent ones', () => {
    const plan = notifyPlan(
      [r({ times: ['06:00', '08:00', '09:00', '10:00'] }), r({ id: 'r2', times: ['22:00'] }), r({ id: 'r3', times: ['21:00'] })],
      at('2026-11-29T09:30:00Z'),
    );
    // r2's 22:00 yesterday is within 12 h; r3's 21:00 is 12.5 h ago, too old to notify.
    expect(ids(plan.show)).toEqual(['r1:2026-11-29T09:00', 'r2:2026-11-28T22:00']);
    expect(plan.all).toEqual(['r1:2026-11-29T06:00', 'r1:2026-11-29T08:00', 'r1:2026-11-29T09:00', 'r2:2026-11-28T22:00']);
  });

  it('stays silent during quiet hours', () => {
    const plan = notifyPlan([r({ times: ['21:00'], quiet: { from: '22:00', to: '07:00' } })], at('2026-11-29T23:00:00Z'));
    expect(plan).toEqual({ show: [], all: [] });
  });
});
