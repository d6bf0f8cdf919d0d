import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { DeleteEverythingCard } from './DeleteEverythingCard';
import { ExportCard } from './ExportCard';
import { MakeBackupCard } from './MakeBackupCard';
import { RestoreCard } from './RestoreCard';
import './backup.css';

export default function BackupScreen() {
  return (
    <Screen title={t('backup.title')} lead={t('backup.intro')}>
      <MakeBackupCard />
      <RestoreCard />
      <ExportCard />
      <DeleteEverythingCard />
    </Screen>
  );
}
