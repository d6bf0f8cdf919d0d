import { useLiveQuery } from 'dexie-react-hooks';
import { useSetting } from '../settings/useSettings';
import { changesSince, hasWords } from './backup.repo';
import { backupNudgeDue, backupNudgeReason, changesMeasuredFrom } from './nudge';
import type { BackupNudgeReason } from './nudge';

/**
 * Whether (and why) Today suggests a backup now (reason undefined while loading or
 * when not due), and whether there has been a backup at all, for the wording.
 */
export function useBackupNudge(now: Date = new Date()): { reason: BackupNudgeReason | undefined; hasBackup: boolean } {
  const lastBackupAt = useSetting('lastBackupAt');
  const dismissedAt = useSetting('backupNudgeDismissedAt');
  const everyDays = useSetting('backupEveryDays');
  const words = useLiveQuery(hasWords, [], false);
  // No need to count changes while the ordinary (interval) suggestion is showing.
  const intervalDue = backupNudgeDue({ now, hasWords: words, everyDays, lastBackupAt, dismissedAt });
  const from = intervalDue ? undefined : changesMeasuredFrom(lastBackupAt, dismissedAt);
  // Counts only what changed after `from`, capped at the thresholds (see changesSince).
  // The result carries its `from` so a count from before "Not now" is never reused.
  const counted = useLiveQuery(async () => (from === undefined ? undefined : { from, changes: await changesSince(from) }), [from]);
  const changes = counted?.from === from ? counted?.changes : undefined;
  return { reason: backupNudgeReason({ now, hasWords: words, everyDays, lastBackupAt, dismissedAt, changes }), hasBackup: lastBackupAt !== undefined };
}
