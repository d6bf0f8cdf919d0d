import { t } from '../../i18n';
import { Link } from '../../app/Link';
import { Card } from '../../ui/Card';
import { Screen } from '../../ui/Screen';
import { StorageHealthCard } from './StorageHealthCard';
import { CheckinSettingsCard } from '../checkins/CheckinSettingsCard';
import { CrisisCountryCard } from '../crisis/CrisisCountryCard';

export default function SettingsScreen() {
  return (
    <Screen title={t('settings.title')}>
      <ul className="link-list">
        <li>
          <Link to="/settings/reminders">
            <strong>{t('reminders.settings.link')}</strong>
            <span className="hint">{t('reminders.settings.hint')}</span>
          </Link>
        </li>
        <li>
          <Link to="/settings/lock">
            <strong>{t('lock.settings.link')}</strong>
            <span className="hint">{t('lock.settings.hint')}</span>
          </Link>
        </li>
        <li>
          <Link to="/settings/backup">
            <strong>{t('settings.backup.link')}</strong>
            <span className="hint">{t('settings.backup.hint')}</span>
          </Link>
        </li>
      </ul>
      <StorageHealthCard />
      <CheckinSettingsCard />
      <CrisisCountryCard />
      <Card title={t('settings.appearance.title')}>
        <p>{t('settings.appearance.body')}</p>
      </Card>
      <p className="screen-lead">{t('settings.version', { version: __APP_VERSION__ })}</p>
    </Screen>
  );
}
