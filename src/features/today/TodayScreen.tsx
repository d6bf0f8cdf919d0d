import { t, type MessageKey } from '../../i18n';
import { useLocation } from '../../app/router';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';

function greetingKey(hour: number): MessageKey {
  if (hour < 12) return 'today.greeting.morning';
  if (hour < 18) return 'today.greeting.afternoon';
  return 'today.greeting.evening';
}

export function TodayScreen() {
  const { search } = useLocation();
  const capture = new URLSearchParams(search).get('capture');
  return (
    <Screen title={t('today.title')} lead={t(greetingKey(new Date().getHours()))}>
      {capture ? (
        <EmptyState title={t('today.capture.title')}>
          <p>{t('today.capture.soon')}</p>
        </EmptyState>
      ) : null}
      <EmptyState title={t('today.empty.title')}>
        <p>{t('today.empty.body')}</p>
      </EmptyState>
    </Screen>
  );
}
