import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { Screen } from '../../ui/Screen';
import { StorageHealthCard } from './StorageHealthCard';

export default function SettingsScreen() {
  return (
    <Screen title={t('settings.title')}>
      <StorageHealthCard />
      <Card title={t('settings.appearance.title')}>
        <p>{t('settings.appearance.body')}</p>
      </Card>
      <p className="screen-lead">{t('settings.version', { version: __APP_VERSION__ })}</p>
    </Screen>
  );
}
