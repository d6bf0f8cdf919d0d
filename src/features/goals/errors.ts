import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { MAX_DAYS_AHEAD } from '../milestones/limits';
import { format, parseISO } from 'date-fns';
import { shiftDay } from '../milestones/schedule';
import { todayLocal } from '../../lib/days';

export type FieldErrors = Record<string, string>;

/** A kind, specific sentence for a goal or milestone field the repo refused. */
export function messageFor(error: ValidationError): string {
  switch (error.field) {
    case 'title':
      return t('goals.error.title');
    case 'metric.label':
      return t('goals.error.ratingLabel');
    case 'metric.unit':
      return t('goals.error.unit');
    case 'metric.target':
      return t('goals.error.target');
    case 'schedule.times':
      return t('milestones.error.times');
    case 'schedule.days':
      return t('milestones.error.days');
    case 'schedule.by':
      return t('milestones.error.by', { max: format(parseISO(shiftDay(todayLocal(), MAX_DAYS_AHEAD)), 'd MMM yyyy') });
    case 'target.amount':
      return t('milestones.error.target');
    case 'target.unit':
      return t('milestones.error.targetUnit');
    case 'day':
      return t(error.params.reason === 'future' ? 'milestones.error.day' : 'milestones.error.dayMissing');
    default:
      return t('goals.error.general');
  }
}

/** Runs a save; a ValidationError becomes { field: message } instead of a crash. */
export async function saveOrErrors(save: () => Promise<unknown>): Promise<FieldErrors | null> {
  try {
    await save();
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return { [error.field]: messageFor(error) };
    throw error;
  }
}
