import { t } from '../../i18n';
import { Link } from '../../app/Link';
import { nowIso } from '../../lib/ids';
import { Card } from '../../ui/Card';
import { settingsRepo } from '../settings/settings.repo';
import { LastBackupLine } from './LastBackupLine';
import { useBackupNudge } from './useBackupNudge';

/** Today: a gentle suggestion to back up when the last backup is getting old, or a lot changed since. */
export function TodayBackupNudge() {
  const { reason, hasBackup } = useBackupNudge();
  if (!reason) return null;
  const body =
    reason === 'interval' ? t('backup.nudge.body') : hasBackup ? t('backup.nudge.changes') : t('backup.nudge.changesNoBackup');
  return (
    <Card title={t('backup.nudge.title')}>
      <LastBackupLine />
      <p>{body}</p>
      <div className="actions">
        <Link to="/settings/backup" className="button primary">
          {t('backup.nudge.action')}
        </Link>
        <button type="button" className="button" onClick={() => void settingsRepo.set('backupNudgeDismissedAt', nowIso())}>
          {t('backup.nudge.later')}
        </button>
      </div>
    </Card>
  );
}
