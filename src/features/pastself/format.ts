import { format, parseISO } from 'date-fns';
import type { LetterSeal, LocalDay } from '../../db';
import { t } from '../../i18n';

/** 'Mon 1 Mar 2027': date-fns keeps day-first order on every device. */
export function formatDay(day: LocalDay): string {
  return format(parseISO(day), 'EEE d MMM yyyy');
}

export function sealLine(seal: LetterSeal): string {
  return seal.kind === 'session'
    ? t('pastself.seal.untilSession', { number: seal.number })
    : t('pastself.seal.untilDate', { date: formatDay(seal.day) });
}
