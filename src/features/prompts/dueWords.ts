import { differenceInCalendarDays, parseISO } from 'date-fns';
import { locale, t } from '../../i18n';
import type { LocalDay } from '../../lib/days';

/** The person's own regional format when it is a variant of the app language (en-GB → "3 December"). */
function dateLocale(): string {
  const preferred = typeof navigator === 'undefined' ? undefined : navigator.language;
  return preferred && preferred.split('-')[0] === locale() ? preferred : locale();
}

function weekday(day: LocalDay): string {
  return new Intl.DateTimeFormat(dateLocale(), { weekday: 'long' }).format(parseISO(day));
}

/** e.g. "Thursday 3 December" (year only when it is not this year's). */
export function longDay(day: LocalDay, today: LocalDay): string {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(dateLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(parseISO(day));
}

/**
 * When a question is due, in plain words and never as a reproach:
 * "Due today", "Before Thursday's session", "Due in 3 days (Wednesday)".
 * `sessionDay` is the day of the next session, when one is planned.
 */
export function dueWords(dueDay: LocalDay, today: LocalDay, sessionDay?: LocalDay): string {
  const days = differenceInCalendarDays(parseISO(dueDay), parseISO(today));
  if (days < 0) return t('question.due.past', { date: longDay(dueDay, today) });
  if (days === 0) return t('question.due.today');
  if (sessionDay !== undefined && sessionDay === dueDay) return t('question.due.session', { weekday: weekday(dueDay) });
  if (days === 1) return t('question.due.tomorrow');
  if (days < 7) return t('question.due.days', { count: days, weekday: weekday(dueDay) });
  return t('question.due.date', { date: longDay(dueDay, today) });
}

/** "From Sam · Due tomorrow", or '' when the question says neither. */
export function questionMeta(q: { from?: string | undefined; dueDay?: LocalDay | undefined }, today: LocalDay, sessionDay?: LocalDay): string {
  return [q.from ? t('question.from', { name: q.from }) : '', q.dueDay ? dueWords(q.dueDay, today, sessionDay) : '']
    .filter(Boolean)
    .join(' · ');
}
