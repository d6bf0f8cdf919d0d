import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

export default function GoalsScreen() {
  return (
    <Screen title={t('goals.title')}>
      <EmptyState title={t('goals.empty.title')}>
        <p>{t('goals.empty.body')}</p>
      </EmptyState>
    </Screen>
  );
}
