import { format, parseISO, isValid } from 'date-fns';

/** A calendar day in the user's local time zone, as 'YYYY-MM-DD'. */
export type LocalDay = string;

export function toLocalDay(date: Date): LocalDay {
  return format(date, 'yyyy-MM-dd');
}

export function todayLocal(): LocalDay {
  return toLocalDay(new Date());
}

/** True when the string is a real calendar day in 'YYYY-MM-DD' form. */
export function isLocalDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) && toLocalDay(parseISO(value)) === value;
}
