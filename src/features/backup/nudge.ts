import { differenceInCalendarDays } from 'date-fns';

/**
 * Suggest a backup when there is something to lose and the last backup (or the
 * last "not now") is older than the chosen interval. Never nags an empty app.
 */
export function backupNudgeDue(input: {
  now: Date;
  hasWords: boolean;
  everyDays: number;
  lastBackupAt?: string | undefined;
  dismissedAt?: string | undefined;
}): boolean {
  if (!input.hasWords) return false;
  const since = (iso: string | undefined) =>
    iso ? differenceInCalendarDays(input.now, new Date(iso)) : Number.POSITIVE_INFINITY;
  return since(input.lastBackupAt) >= input.everyDays && since(input.dismissedAt) >= input.everyDays;
}
