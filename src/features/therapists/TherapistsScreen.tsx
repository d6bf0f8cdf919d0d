import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

export default function TherapistsScreen() {
  return (
    <Screen title={t('therapists.title')}>
      <EmptyState title={t('therapists.empty.title')}>
        <p>{t('therapists.empty.body')}</p>
      </EmptyState>
    </Screen>
  );
}
