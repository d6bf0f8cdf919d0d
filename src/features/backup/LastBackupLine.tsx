import { formatDistanceToNow } from 'date-fns';
import { t } from '../../i18n';
import { useSetting } from '../settings/useSettings';

/** "Last backup: 3 days ago." — or that there is none yet. */
export function LastBackupLine() {
  const lastBackupAt = useSetting('lastBackupAt');
  if (!lastBackupAt) return <p>{t('backup.never')}</p>;
  return <p>{t('backup.last', { when: formatDistanceToNow(new Date(lastBackupAt), { addSuffix: true }) })}</p>;
}
