import { useState } from 'react';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { notificationState, requestNotifications, type NotificationState } from './device';

/**
 * Explains notifications first; the browser's question only comes from the
 * button. Denied or unavailable: says what still works (Today and the calendar).
 */
export function PermissionCard({ onChange }: { onChange?: (state: NotificationState) => void }) {
  const [state, setState] = useState<NotificationState>(notificationState);
  const [busy, setBusy] = useState(false);
  async function ask() {
    setBusy(true);
    const next = await requestNotifications();
    setBusy(false);
    setState(next);
    onChange?.(next);
  }
  return (
    <Card title={t('reminders.permission.title')}>
      {state === 'default' ? (
        <>
          <p>{t('reminders.permission.explain')}</p>
          <button type="button" className="button primary" disabled={busy} onClick={() => void ask()}>
            {t('reminders.permission.allow')}
          </button>
        </>
      ) : (
        <p role="status">
          {state === 'granted'
            ? t('reminders.permission.granted')
            : state === 'denied'
              ? t('reminders.permission.denied')
              : t('reminders.permission.unsupported')}
        </p>
      )}
    </Card>
  );
}
