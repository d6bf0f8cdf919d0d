import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../../src/db';
import { remindersToIcs, triggerBefore } from '../../../../src/features/reminders/ics';

// An independent iCalendar parser reads our export back.
// ical.js types parse() as any (jCal arrays); narrow it once here.
const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
const reminder: Reminder = {
  id: 'rem-7',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  target: { kind: 'journal' },
  times: ['08:30', '21:00'],
  weekdays: [1, 3, 5],
  title: 'Between — a moment for you',
  body: 'Open Between when you have a minute; breathe, then write.',
  showDetails: 0,
  enabled: 1,
};

describe('calendar export, parsed by ical.js', () => {
  it('holds one weekly event per time with a display alarm and stable UIDs', () => {
    const text = remindersToIcs([reminder], new Date('2026-11-29T09:30:00Z'));
    const calendar = parse(text);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const uids = events.map((event) => String(event.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(2);
    expect(uids.every((uid) => uid.includes('rem-7'))).toBe(true);
    for (const event of events) {
      expect(event.getFirstPropertyValue('summary')).toBe('Between — a moment for you');
      const rule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rule.freq).toBe('WEEKLY');
      expect(rule.getComponent('byday')).toEqual(['MO', 'WE', 'FR']);
      const alarm = event.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    }
    const starts = events.map((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString());
    expect(starts.map((s) => s.slice(11, 16)).sort()).toEqual(['08:30', '21:00']);
    // Same reminder exported again: same UIDs, so calendars update instead of duplicating.
    const again = parse(remindersToIcs([reminder], new Date('2026-12-05T09:30:00Z')));
    expect(again.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')))).toEqual(uids);
  });

  it('exports a session-prep reminder as one event per upcoming session, its alarm N hours before the start', () => {
    const prep: Reminder = { ...reminder, id: 'rem-prep', target: { kind: 'sessionPrep' }, times: [], weekdays: [], beforeSession: { hours: 24 } };
    const now = new Date('2026-11-29T09:30:00Z');
    const weekly = Array.from({ length: 14 }, (_, i) => ({
      id: `s${i}`,
      startsAt: new Date(Date.parse('2026-11-23T10:00:00Z') + i * 7 * 86_400_000).toISOString(),
      updatedAt: '2026-11-01T10:00:00.000Z',
    }));
    const sessions = [...weekly, { id: 'gone', startsAt: '2026-12-01T10:00:00.000Z', deletedAt: '2026-11-02T10:00:00.000Z' }];
    const calendar = parse(remindersToIcs([prep], now, sessions));
    const events = calendar.getAllSubcomponents('vevent');
    // Ten upcoming sessions: not the past one (s0), not the deleted one, not beyond ten.
    expect(events).toHaveLength(10);
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).toEqual(weekly.slice(1, 11).map((s) => `rem-prep-session-${s.id}@between.local`));
    const first = events[0];
    if (!first) throw new Error('no event');
    expect(first.getFirstPropertyValue('rrule')).toBeNull();
    const start = first.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2026-11-30T10:00:00.000Z');
    const alarm = first.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.isNegative).toBe(true);
    expect(trigger.toSeconds()).toBe(-24 * 3600);
    // The alarm rings 24 real hours before the start, across the spring DST change too.
    const spring = parse(remindersToIcs([prep], new Date('2027-03-20T00:00:00Z'), [{ id: 'dst', startsAt: '2027-03-28T09:00:00.000Z' }]));
    const springEvent = spring.getFirstSubcomponent('vevent');
    expect((springEvent?.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2027-03-28T09:00:00.000Z');
    expect((springEvent?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-24 * 3600);

    // A moved session keeps its UID with a higher SEQUENCE, so the calendar updates it.
    const moved = sessions.map((s) => (s.id === 's1' ? { ...s, startsAt: '2026-11-30T11:00:00.000Z', updatedAt: '2026-11-29T09:00:00.000Z' } : s));
    const again = parse(remindersToIcs([prep], now, moved)).getAllSubcomponents('vevent')[0];
    expect(again?.getFirstPropertyValue('uid')).toBe('rem-prep-session-s1@between.local');
    expect(Number(again?.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(first.getFirstPropertyValue('sequence')));
  });

  it('moves a session alarm out of the quiet period, skips it when no time is left, and writes nothing without sessions', () => {
    const prep: Reminder = { ...reminder, target: { kind: 'sessionPrep' }, times: [], weekdays: [], beforeSession: { hours: 3 }, quiet: { from: '22:00', to: '07:00' } };
    const now = new Date('2026-11-29T09:30:00Z');
    const calendar = parse(
      remindersToIcs([prep], now, [
        { id: 'early', startsAt: '2026-12-01T08:30:00.000Z' }, // 05:30 → 07:00, 1 h 30 before
        { id: 'dawn', startsAt: '2026-12-02T06:30:00.000Z' }, // quiet until after the start: skipped
      ]),
    );
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).toEqual(['rem-7-session-early@between.local']);
    const trigger = events[0]?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-90 * 60);
    expect(triggerBefore(90 * 60_000)).toBe('-PT1H30M');
    expect(triggerBefore(45 * 60_000)).toBe('-PT45M');
    expect(parse(remindersToIcs([prep], now, [])).getAllSubcomponents('vevent')).toEqual([]);
  });
});
