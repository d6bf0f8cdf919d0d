import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '../../i18n';
import { Link } from '../../app/Link';
import { nowIso } from '../../lib/ids';
import { Card } from '../../ui/Card';
import { settingsRepo } from '../settings/settings.repo';
import { useSetting } from '../settings/useSettings';
import { LastBackupLine } from './LastBackupLine';
import { hasWords } from './backup.repo';
import { backupNudgeDue } from './nudge';

/** Today: a gentle suggestion to back up when the last backup is getting old. */
export function TodayBackupNudge() {
  const lastBackupAt = useSetting('lastBackupAt');
  const dismissedAt = useSetting('backupNudgeDismissedAt');
  const everyDays = useSetting('backupEveryDays');
  const words = useLiveQuery(hasWords, [], false);
  if (!backupNudgeDue({ now: new Date(), hasWords: words, everyDays, lastBackupAt, dismissedAt })) return null;
  return (
    <Card title={t('backup.nudge.title')}>
      <LastBackupLine />
      <p>{t('backup.nudge.body')}</p>
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
