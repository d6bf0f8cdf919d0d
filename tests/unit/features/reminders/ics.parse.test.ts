import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../../src/db';
import { remindersToIcs } from '../../../../src/features/reminders/ics';

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
});
