import { describe, expect, it } from 'vitest';
import {
  dueAndMissed,
  nextOccurrence,
  notifyPlan,
  occurrenceDay,
  reminderOccurrences,
  sessionOccurrenceId,
  sessionOccurrencesBetween,
  sessionPrepInstant,
  type ReminderSchedule,
  type SessionStart,
} from '../../../../src/features/reminders/occurrences';

// Tests run in Europe/London (vitest config): GMT in winter, BST (UTC+1) in summer.
const prep = (hours: number, over: Partial<ReminderSchedule> = {}): ReminderSchedule => ({
  id: 'r1',
  times: [],
  weekdays: [],
  beforeSession: { hours },
  ...over,
});
const session = (id: string, startsAt: string, deletedAt?: string): SessionStart => ({ id, startsAt, ...(deletedAt ? { deletedAt } : {}) });
const at = (iso: string) => new Date(iso);
const ALL = [at('2000-01-01T00:00:00Z'), at('2100-01-01T00:00:00Z')] as const;
const iso = (d: Date | undefined) => d?.toISOString();

describe('session-prep occurrences', () => {
  it('fires N hours before each session, with an id naming reminder, session, offset and start', () => {
    const sessions = [session('s2', '2026-12-07T10:00:00.000Z'), session('s1', '2026-11-30T10:00:00.000Z')];
    const list = sessionOccurrencesBetween(prep(24), sessions, ...ALL);
    expect(list.map((o) => [o.id, iso(o.at), o.day, o.time])).toEqual([
      ['r1:session:s1:24h:2026-11-30T10:00', '2026-11-29T10:00:00.000Z', '2026-11-29', '10:00'],
      ['r1:session:s2:24h:2026-12-07T10:00', '2026-12-06T10:00:00.000Z', '2026-12-06', '10:00'],
    ]);
    expect(list[0]?.session).toEqual({ id: 's1', startsAt: at('2026-11-30T10:00:00.000Z') });
    // The shown-list pruning reads a day from the id.
    expect(occurrenceDay(list[0]?.id ?? '')).toBe('2026-11-30');
  });

  it('keeps to `from < at <= to`', () => {
    const sessions = [session('s1', '2026-11-30T10:00:00.000Z')];
    const exact = at('2026-11-29T10:00:00.000Z');
    expect(sessionOccurrencesBetween(prep(24), sessions, at('2026-11-29T09:00:00Z'), exact)).toHaveLength(1);
    expect(sessionOccurrencesBetween(prep(24), sessions, exact, at('2026-11-29T11:00:00Z'))).toEqual([]);
    expect(sessionOccurrencesBetween(prep(24), sessions, at('2026-11-29T09:00:00Z'), at('2026-11-29T09:59:59Z'))).toEqual([]);
    expect(sessionOccurrencesBetween(prep(24), sessions, exact, at('2026-11-29T09:00:00Z'))).toEqual([]);
  });

  it('counts real hours across spring-forward (2027-03-28): 24 h before 10:00 BST is 09:00 GMT the day before', () => {
    // 10:00 BST on the 28th is 09:00 UTC; 24 real hours earlier the clocks still showed GMT.
    const sessions = [session('s1', '2027-03-28T09:00:00.000Z'), session('s2', '2027-03-29T09:00:00.000Z')];
    const list = sessionOccurrencesBetween(prep(24), sessions, ...ALL);
    expect(list.map((o) => [o.id, iso(o.at), o.time])).toEqual([
      ['r1:session:s1:24h:2027-03-28T10:00', '2027-03-27T09:00:00.000Z', '09:00'],
      ['r1:session:s2:24h:2027-03-29T10:00', '2027-03-28T09:00:00.000Z', '10:00'],
    ]);
    // A short offset straddling the change: 2 h before 03:00 BST is 00:00 GMT.
    expect(iso(sessionPrepInstant(prep(2), at('2027-03-28T02:00:00.000Z')))).toBe('2027-03-28T00:00:00.000Z');
  });

  it('counts real hours across fall-back (2026-10-25): 24 h before 10:00 GMT is 11:00 BST the day before', () => {
    const list = sessionOccurrencesBetween(prep(24), [session('s1', '2026-10-25T10:00:00.000Z')], ...ALL);
    expect(list.map((o) => [iso(o.at), o.day, o.time])).toEqual([['2026-10-24T10:00:00.000Z', '2026-10-24', '11:00']]);
    // 1 h before 01:30 GMT (the second 01:30 that night) is the first 01:30, in BST.
    const [o] = sessionOccurrencesBetween(prep(1), [session('s1', '2026-10-25T01:30:00.000Z')], ...ALL);
    expect([iso(o?.at), o?.time]).toEqual(['2026-10-25T00:30:00.000Z', '01:30']);
  });

  it('moves an occurrence in the quiet period to its end when that is still before the session, else skips it', () => {
    const quiet = { from: '22:00', to: '07:00' };
    // 3 h before 08:00 is 05:00: waits until 07:00.
    expect(iso(sessionPrepInstant(prep(3, { quiet }), at('2026-12-01T08:00:00Z')))).toBe('2026-12-01T07:00:00.000Z');
    // Ends exactly as the session starts: a nudge then is no help, so none.
    expect(sessionPrepInstant(prep(2, { quiet }), at('2026-12-01T07:00:00Z'))).toBeUndefined();
    // 1 h before 23:30 is 22:30; quiet lasts until 07:00 the next day, after the session.
    expect(sessionPrepInstant(prep(1, { quiet }), at('2026-12-01T23:30:00Z'))).toBeUndefined();
    // 12 h before 09:00 is 21:00, outside quiet: unchanged.
    expect(iso(sessionPrepInstant(prep(12, { quiet }), at('2026-12-01T09:00:00Z')))).toBe('2026-11-30T21:00:00.000Z');
    // A daytime quiet period, and the quiet period's start itself counts as quiet.
    const midday = { from: '12:00', to: '14:00' };
    expect(iso(sessionPrepInstant(prep(3, { quiet: midday }), at('2026-12-01T15:00:00Z')))).toBe('2026-12-01T14:00:00.000Z');
    const list = sessionOccurrencesBetween(prep(3, { quiet }), [session('s1', '2026-12-01T08:00:00Z'), session('s2', '2026-12-02T07:30:00Z')], ...ALL);
    // The id stays the session's, whatever the quiet period did to the time.
    expect(list.map((o) => [o.id, o.time])).toEqual([
      ['r1:session:s1:3h:2026-12-01T08:00', '07:00'],
      ['r1:session:s2:3h:2026-12-02T07:30', '07:00'],
    ]);
  });

  it('ignores deleted sessions, shows a session listed twice once, and gives a moved session a new id', () => {
    const list = sessionOccurrencesBetween(
      prep(2),
      [session('s1', '2026-12-01T10:00:00Z'), session('s1', '2026-12-01T10:00:00Z'), session('gone', '2026-12-02T10:00:00Z', '2026-11-28T10:00:00Z')],
      ...ALL,
    );
    expect(list.map((o) => o.id)).toEqual(['r1:session:s1:2h:2026-12-01T10:00']);
    const moved = sessionOccurrencesBetween(prep(2), [session('s1', '2026-12-01T11:00:00Z')], ...ALL);
    expect(moved.map((o) => o.id)).toEqual(['r1:session:s1:2h:2026-12-01T11:00']);
    expect(sessionOccurrenceId('r1', 's1', 6, at('2026-12-01T11:00:00Z'))).toBe('r1:session:s1:6h:2026-12-01T11:00');
  });

  it('gives nothing without a session, for an impossible offset, or for an unreadable start', () => {
    expect(sessionOccurrencesBetween(prep(24), [], ...ALL)).toEqual([]);
    const s = [session('s1', '2026-12-01T10:00:00Z')];
    for (const hours of [0, -1, 1.5, 169, Number.NaN]) expect(sessionOccurrencesBetween(prep(hours), s, ...ALL)).toEqual([]);
    expect(sessionOccurrencesBetween(prep(168), s, ...ALL)).toHaveLength(1);
    expect(sessionOccurrencesBetween(prep(2), [session('s1', 'not a time')], ...ALL)).toEqual([]);
  });

  it('reminderOccurrences picks the schedule or the sessions; times never fire for a before-session reminder', () => {
    const s = [session('s1', '2026-11-29T12:00:00Z')];
    const window = [at('2026-11-29T00:00:00Z'), at('2026-11-29T23:00:00Z')] as const;
    expect(reminderOccurrences(prep(2, { times: ['09:00'] }), ...window, s).map((o) => o.time)).toEqual(['10:00']);
    expect(reminderOccurrences({ id: 'r2', times: ['09:00'], weekdays: [] }, ...window, s).map((o) => o.id)).toEqual(['r2:2026-11-29T09:00']);
  });

  it('the next occurrence skips a session whose prep time has passed', () => {
    const s = [session('s1', '2026-11-29T20:00:00Z'), session('s2', '2026-12-06T20:00:00Z')];
    expect(nextOccurrence(prep(24), at('2026-11-29T09:30:00Z'), s)?.id).toBe('r1:session:s2:24h:2026-12-06T20:00');
    expect(nextOccurrence(prep(2), at('2026-11-29T09:30:00Z'), s)?.id).toBe('r1:session:s1:2h:2026-11-29T20:00');
    expect(nextOccurrence(prep(2), at('2026-11-29T09:30:00Z'))).toBeUndefined();
  });
});

describe('session prep in the due list and notifications', () => {
  const now = at('2026-11-29T10:30:00Z');
  const sessions = [
    session('soon', '2026-11-30T10:00:00Z'), // 24 h before: 10:00 today, due
    session('later', '2026-11-30T16:00:00Z'), // 24 h before: 16:00 today, not yet
    session('earlier', '2026-11-30T06:00:00Z'), // 24 h before: 06:00 today, missed
    session('old', '2026-11-29T08:00:00Z'), // 24 h before: 08:00 yesterday, too old to report
  ];

  it('lists the last hour as due and earlier ones since the last open as missed, never older than a day', () => {
    const list = dueAndMissed([prep(24)], now, at('2026-11-28T00:00:00Z'), undefined, sessions);
    expect(list.due.map((o) => o.id)).toEqual(['r1:session:soon:24h:2026-11-30T10:00']);
    expect(list.missed.map((o) => o.id)).toEqual(['r1:session:earlier:24h:2026-11-30T06:00']);
    // Not made yet when the 06:00 one came (an hour's grace, as for timed reminders).
    const fresh = dueAndMissed([{ ...prep(24), createdAt: '2026-11-29T09:50:00Z' }], now, at('2026-11-28T00:00:00Z'), undefined, sessions);
    expect(fresh.missed).toEqual([]);
    expect(fresh.due).toHaveLength(1);
    // Without sessions, nothing at all.
    expect(dueAndMissed([prep(24)], now, at('2026-11-28T00:00:00Z'))).toEqual({ due: [], missed: [] });
  });

  it('notifies about the newest recent one only, marks the others, and stays silent during quiet hours', () => {
    const plan = notifyPlan([prep(24)], now, sessions);
    expect(plan.show.map((o) => o.id)).toEqual(['r1:session:soon:24h:2026-11-30T10:00']);
    expect(plan.all).toEqual(['r1:session:earlier:24h:2026-11-30T06:00', 'r1:session:soon:24h:2026-11-30T10:00']);
    expect(notifyPlan([prep(24, { quiet: { from: '10:00', to: '11:00' } })], now, sessions).show).toEqual([]);
  });
});
