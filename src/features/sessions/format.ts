import { format, parseISO } from 'date-fns';
import type { LocalDay } from '../../db';

// date-fns formats keep dates readable and identical on every device (Intl's
// plain 'en' would switch to month-first order).

export function formatDay(day: LocalDay): string {
  return format(parseISO(day), 'EEE d MMM yyyy');
}

export function formatStart(startsAt: string): string {
  return format(new Date(startsAt), "EEE d MMM yyyy, HH:mm");
}

/** The local 'yyyy-MM-dd' and 'HH:mm' of an ISO timestamp, for date and time inputs. */
export function toInputs(startsAt: string): { date: LocalDay; time: string } {
  const d = new Date(startsAt);
  return { date: format(d, 'yyyy-MM-dd'), time: format(d, 'HH:mm') };
}

/** Local date + time inputs to an ISO instant; undefined when either is not a real value. */
export function fromInputs(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return undefined;
  const d = new Date(`${date}T${time}:00`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
