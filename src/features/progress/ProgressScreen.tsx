import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

export default function ProgressScreen() {
  return (
    <Screen title={t('progress.title')}>
      <EmptyState title={t('progress.empty.title')}>
        <p>{t('progress.empty.body')}</p>
      </EmptyState>
    </Screen>
  );
}
