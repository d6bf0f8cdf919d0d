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

/** What was written or logged since a moment, each counted only up to its threshold. */
export interface ChangeCounts {
  /** Journal entries created or edited (live ones). */
  entries: number;
  /** Words (title + body) in those entries; an edited entry counts in full. */
  words: number;
  /** Everything else: moments, check-offs, check-ins, questionnaires, pattern logs, letters, reviews, notes, "my why". */
  items: number;
}

/**
 * "A lot has changed": the one place that defines it. Any one threshold is enough.
 * - 20 entries: more than a daily journaler writes in the default 14-day interval,
 *   so this only comes early for someone writing well above their usual pace.
 * - 3,000 words: about ten pages, a couple of hours of writing — too much to lose,
 *   even in a handful of long entries.
 * - 100 other items: a full routine (a few steps a day, a moment or two) makes about
 *   5–7 a day, ~70–100 a fortnight; 100 means more than a busy fortnight's worth,
 *   e.g. an import or a merged restore, without nagging everyday logging.
 */
export const LARGE_CHANGE: Readonly<ChangeCounts> = { entries: 20, words: 3_000, items: 100 };

export function isLargeChange(changes: ChangeCounts, limits: Readonly<ChangeCounts> = LARGE_CHANGE): boolean {
  return changes.entries >= limits.entries || changes.words >= limits.words || changes.items >= limits.items;
}

/**
 * Changes are measured from the later of the last backup and the last "not now",
 * so "not now" starts the count afresh. Before either there is nothing to measure
 * from: the interval rule already suggests a first backup.
 */
export function changesMeasuredFrom(lastBackupAt?: string, dismissedAt?: string): string | undefined {
  const times = [lastBackupAt, dismissedAt].filter((iso): iso is string => iso !== undefined && !Number.isNaN(Date.parse(iso)));
  if (times.length === 0) return undefined;
  return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/** Words as a person would count them: runs of letters or digits separated by spaces or punctuation. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Why Today suggests a backup now: the interval has passed, or a lot changed since; or not at all. */
export type BackupNudgeReason = 'interval' | 'changes';

export function backupNudgeReason(input: Parameters<typeof backupNudgeDue>[0] & { changes?: ChangeCounts | undefined }): BackupNudgeReason | undefined {
  if (backupNudgeDue(input)) return 'interval';
  // A large change is itself something to lose, so it needs no separate "has words" check.
  if (!input.changes) return undefined;
  if (changesMeasuredFrom(input.lastBackupAt, input.dismissedAt) === undefined) return undefined;
  return isLargeChange(input.changes) ? 'changes' : undefined;
}
