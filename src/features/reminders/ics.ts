/**
 * Calendar export (RFC 5545). Phone calendars fire these alarms reliably, which
 * no web app can promise on its own. Pure: builds the text; the screen downloads it.
 *
 * Times are floating local times (no TZID): "21:00" rings at 21:00 wherever the
 * phone is, which is what a personal reminder means, and needs no VTIMEZONE.
 */
import { addDays, format, getDay, startOfDay } from 'date-fns';
import type { Reminder } from '../../db/types';
import { inQuiet } from './occurrences';

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const encoder = new TextEncoder();

/** TEXT value escaping: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      // Continuation lines start with one space, which counts toward their 75.
      current = ' ';
      bytes = 1;
      limit = 75;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The first day on or after `from` the schedule includes (DTSTART must be a real instance). */
function firstDay(weekdays: readonly number[], from: Date): Date {
  let day = startOfDay(from);
  for (let i = 0; i < 7 && weekdays.length > 0 && !weekdays.includes(getDay(day)); i += 1) day = addDays(day, 1);
  return day;
}

export function rrule(weekdays: readonly number[]): string {
  if (weekdays.length === 0 || weekdays.length === 7) return 'RRULE:FREQ=DAILY';
  const days = [...weekdays].sort((a, b) => a - b).map((d) => DAY_CODES[d] ?? 'SU');
  return `RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}`;
}

function eventLines(r: Reminder, time: string, now: Date): string[] {
  const start = firstDay(r.weekdays, now);
  const [h = '00', m = '00'] = time.split(':');
  const updated = Date.parse(r.updatedAt);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${r.id}-${h}${m}@between.local`,
    `DTSTAMP:${utcStamp(now)}`,
    // Each change of the reminder counts up, so a re-import replaces the old event.
    `SEQUENCE:${Number.isNaN(updated) ? 0 : Math.floor(updated / 60_000)}`,
    `DTSTART:${format(start, 'yyyyMMdd')}T${h}${m}00`,
    'DURATION:PT5M',
    rrule(r.weekdays),
    `SUMMARY:${escapeText(r.title)}`,
  ];
  if (r.body.trim() !== '') lines.push(`DESCRIPTION:${escapeText(r.body)}`);
  lines.push(
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(r.title)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
  );
  return lines;
}

/** One VCALENDAR with a VEVENT per reminder time (times inside the quiet period are left out). */
export function remindersToIcs(reminders: readonly Reminder[], now: Date = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Between//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of reminders) {
    for (const time of r.times) {
      if (!inQuiet(time, r.quiet)) lines.push(...eventLines(r, time, now));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
