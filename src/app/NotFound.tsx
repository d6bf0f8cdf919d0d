import { t } from '../i18n';
import { Screen } from '../ui/Screen';
import { Link } from './Link';

export function NotFound() {
  return (
    <Screen title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/" className="button primary">
          {t('notFound.home')}
        </Link>
      </p>
    </Screen>
  );
}
