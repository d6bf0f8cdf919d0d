import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

export default function JournalScreen() {
  return (
    <Screen title={t('journal.title')}>
      <EmptyState title={t('journal.empty.title')}>
        <p>{t('journal.empty.body')}</p>
      </EmptyState>
    </Screen>
  );
}
