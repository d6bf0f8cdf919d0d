import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../../src/db';
import { escapeText, foldLine, remindersToIcs, rrule } from '../../../../src/features/reminders/ics';

const base: Reminder = {
  id: 'rem-1',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  target: { kind: 'journal' },
  times: ['08:30', '21:00'],
  weekdays: [],
  title: 'Between — a moment for you',
  body: 'Open Between when you have a minute.',
  showDetails: 0,
  enabled: 1,
};
const NOW = new Date('2026-11-29T09:30:00Z'); // a Sunday
const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undo RFC 5545 folding: CRLF followed by one space joins lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('remindersToIcs', () => {
  it('writes one VEVENT per time with the exact lines a calendar needs', () => {
    const text = remindersToIcs([base], NOW);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(text);
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Between//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    const start = lines.indexOf('BEGIN:VEVENT');
    expect(lines.slice(start, start + 17)).toEqual([
      'BEGIN:VEVENT',
      'UID:rem-1-0830@between.local',
      'DTSTAMP:20261129T093000Z',
      `SEQUENCE:${Math.floor(Date.parse(base.updatedAt) / 60_000)}`,
      'DTSTART:20261129T083000',
      'DURATION:PT5M',
      'RRULE:FREQ=DAILY',
      'SUMMARY:Between — a moment for you',
      'DESCRIPTION:Open Between when you have a minute.',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Between — a moment for you',
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
      'BEGIN:VEVENT',
    ]);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:rem-1-0830@between.local', 'UID:rem-1-2100@between.local']);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('keeps UIDs stable across exports so a re-import updates instead of duplicating', () => {
    const uids = (text: string) => unfold(text).filter((l) => l.startsWith('UID:'));
    const later = remindersToIcs([{ ...base, title: 'Changed', updatedAt: '2026-11-28T10:00:00.000Z' }], new Date('2026-12-05T10:00:00Z'));
    expect(uids(later)).toEqual(uids(remindersToIcs([base], NOW)));
    const seq = (text: string) => Number(unfold(text).find((l) => l.startsWith('SEQUENCE:'))?.slice(9));
    expect(seq(later)).toBeGreaterThan(seq(remindersToIcs([base], NOW)));
  });

  it('uses a weekly rule on chosen days and starts on the first matching day', () => {
    const lines = unfold(remindersToIcs([{ ...base, times: ['21:00'], weekdays: [5, 1] }], NOW));
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,FR');
    expect(lines).toContain('DTSTART:20261130T210000');
    expect(rrule([0, 1, 2, 3, 4, 5, 6])).toBe('RRULE:FREQ=DAILY');
    expect(rrule([0, 6])).toBe('RRULE:FREQ=WEEKLY;BYDAY=SU,SA');
  });

  it('leaves out times inside the quiet period', () => {
    const lines = unfold(remindersToIcs([{ ...base, quiet: { from: '20:00', to: '07:00' } }], NOW));
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:rem-1-0830@between.local']);
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const title = 'Ünïcødé, words; and more — '.repeat(5);
    const text = remindersToIcs([{ ...base, times: ['08:30'], title, body: 'line one\nline two' }], NOW);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(text);
    expect(lines).toContain(`SUMMARY:${escapeText(title)}`);
    expect(lines).toContain('DESCRIPTION:line one\\nline two');
    expect(text).toContain('\r\n ');
  });

  it('folds exactly: first line 75 octets, continuations start with a space', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
    // 208 octets: 75, then 1 space + 74, then 1 space + 59.
    expect(folded.map(octets)).toEqual([75, 75, 60]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    // A 2-octet character that would straddle the limit moves to the next line whole.
    const edge = foldLine(`${'x'.repeat(74)}é`).split('\r\n');
    expect(edge).toEqual(['x'.repeat(74), ' é']);
  });
});
