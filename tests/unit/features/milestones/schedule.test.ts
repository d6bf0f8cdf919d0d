import { describe, expect, it } from 'vitest';
import type { Milestone, Schedule } from '../../../../src/db';
import { toLocalDay } from '../../../../src/lib/days';
import {
  checkoffRangeFor,
  daysBetween,
  dueOn,
  msUntilNextDay,
  shiftDay,
  weekOf,
  weekdayOf,
} from '../../../../src/features/milestones/schedule';

// Tests run with TZ=Europe/London (vitest.config.ts): BST starts 2027-03-28, ends 2026-10-25.
const HOUR = 3_600_000;

function m(schedule: Schedule, over: Partial<Milestone> = {}): Pick<Milestone, 'schedule' | 'startDay' | 'pauses'> {
  return { schedule, startDay: '2026-01-01', ...over };
}

describe('day arithmetic across DST', () => {
  it('moves by calendar days over spring-forward and fall-back', () => {
    expect(shiftDay('2027-03-27', 1)).toBe('2027-03-28');
    expect(shiftDay('2027-03-28', 1)).toBe('2027-03-29');
    expect(shiftDay('2026-10-24', 2)).toBe('2026-10-26');
    expect(shiftDay('2026-10-26', -1)).toBe('2026-10-25');
    expect(daysBetween('2027-03-26', '2027-03-30')).toEqual(['2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30']);
    expect(daysBetween('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  it('maps instants to the local day on both sides of a change', () => {
    // 00:30 GMT on the spring-forward Sunday, before clocks jump at 01:00.
    expect(toLocalDay(new Date('2027-03-28T00:30:00Z'))).toBe('2027-03-28');
    expect(toLocalDay(new Date('2027-03-27T23:30:00Z'))).toBe('2027-03-27');
    // 23:30Z on 24 Oct is already 00:30 BST on the 25th; 23:30Z on the 25th is GMT.
    expect(toLocalDay(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(toLocalDay(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
  });

  it('knows a DST day is 23 or 25 hours until the next midnight', () => {
    expect(msUntilNextDay(new Date('2027-03-28T00:00:00Z'))).toBe(23 * HOUR);
    expect(msUntilNextDay(new Date('2026-10-24T23:00:00Z'))).toBe(25 * HOUR);
    expect(msUntilNextDay(new Date('2026-11-29T23:59:00Z'))).toBe(60_000);
    // Summer time: local midnight is 23:00Z.
    expect(msUntilNextDay(new Date('2027-06-01T22:00:00Z'))).toBe(HOUR);
  });
});

describe('weekdays', () => {
  it('is due on the chosen days only, Sunday = 0', () => {
    const sundays = m({ kind: 'weekdays', days: [0] });
    expect(weekdayOf('2027-03-28')).toBe(0);
    expect(dueOn(sundays, '2027-03-28', new Set()).due).toBe(true);
    expect(dueOn(sundays, '2027-03-29', new Set()).due).toBe(false);
    const monWedFri = m({ kind: 'weekdays', days: [1, 3, 5] });
    const week = daysBetween('2026-11-23', '2026-11-29').filter((d) => dueOn(monWedFri, d, new Set()).due);
    expect(week).toEqual(['2026-11-23', '2026-11-25', '2026-11-27']);
  });

  it('turns over at local midnight, not UTC midnight', () => {
    const saturdays = m({ kind: 'weekdays', days: [6] });
    // 22:59Z on Friday 23 Oct is 23:59 BST: still Friday locally.
    expect(dueOn(saturdays, toLocalDay(new Date('2026-10-23T22:59:00Z')), new Set()).due).toBe(false);
    // 00:05 BST on Saturday 24 Oct is 23:05Z on Friday: the new local day is Saturday.
    expect(dueOn(saturdays, toLocalDay(new Date('2026-10-23T23:05:00Z')), new Set()).due).toBe(true);
  });

  it('still shows a day it was checked off on, even off-schedule', () => {
    expect(dueOn(m({ kind: 'weekdays', days: [1] }), '2026-11-29', new Set(['2026-11-29']))).toEqual({ due: true, doneToday: true });
  });
});

describe('N per week (ISO weeks, Monday start)', () => {
  it('finds the local ISO week around DST Sundays', () => {
    expect(weekOf('2026-10-25')).toEqual({ from: '2026-10-19', to: '2026-10-25' });
    expect(weekOf('2026-10-26')).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(weekOf('2027-03-28')).toEqual({ from: '2027-03-22', to: '2027-03-28' });
  });

  it('is due until the week is covered, then rests until Monday', () => {
    const three = m({ kind: 'perWeek', times: 3 });
    const done = new Set(['2026-11-23', '2026-11-24']);
    expect(dueOn(three, '2026-11-25', done)).toEqual({ due: true, doneToday: false, week: { done: 2, times: 3 } });
    done.add('2026-11-25');
    expect(dueOn(three, '2026-11-25', done)).toEqual({ due: true, doneToday: true, week: { done: 3, times: 3 } });
    expect(dueOn(three, '2026-11-26', done).due).toBe(false);
    // A new week starts from zero; last week's check-offs do not carry over.
    expect(dueOn(three, '2026-11-30', done)).toEqual({ due: true, doneToday: false, week: { done: 0, times: 3 } });
    expect(checkoffRangeFor(three, '2026-11-26')).toEqual({ from: '2026-11-23', to: '2026-11-26' });
  });
});

describe('once by a date, start day and pauses', () => {
  it('waits until done, also after the date, and then rests', () => {
    const once = m({ kind: 'once', by: '2026-12-05' }, { startDay: '2026-11-20' });
    expect(dueOn(once, '2026-11-29', new Set()).due).toBe(true);
    expect(dueOn(once, '2026-12-10', new Set()).due).toBe(true);
    expect(dueOn(once, '2026-11-29', new Set(['2026-11-28'])).due).toBe(false);
    expect(dueOn(once, '2026-11-28', new Set(['2026-11-28']))).toEqual({ due: true, doneToday: true });
    expect(checkoffRangeFor(once, '2026-11-29')).toEqual({ from: '2026-11-20', to: '2026-11-29' });
  });

  it('is not due before its start day or while paused', () => {
    const daily = m({ kind: 'daily' }, { startDay: '2026-11-20', pauses: [{ from: '2026-11-22', to: '2026-11-25' }] });
    expect(dueOn(daily, '2026-11-19', new Set()).due).toBe(false);
    expect(dueOn(daily, '2026-11-21', new Set()).due).toBe(true);
    expect(dueOn(daily, '2026-11-22', new Set()).due).toBe(false);
    expect(dueOn(daily, '2026-11-24', new Set()).due).toBe(false);
    expect(dueOn(daily, '2026-11-25', new Set()).due).toBe(true);
    const stillPaused = m({ kind: 'daily' }, { pauses: [{ from: '2026-11-22' }] });
    expect(dueOn(stillPaused, '2027-01-01', new Set()).due).toBe(false);
  });
});
