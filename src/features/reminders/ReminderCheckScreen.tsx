import { useEffect, useState } from 'react';
import { Link } from '../../app/Link';
import { t, type MessageKey } from '../../i18n';
import { Card } from '../../ui/Card';
import { Screen } from '../../ui/Screen';
import {
  ensurePeriodicSync,
  isIos,
  isStandalone,
  notificationState,
  sendTestNotification,
  startReminderBridge,
  type BackgroundState,
  type NotificationState,
} from './device';
import { downloadIcs } from './download';
import { PermissionCard } from './PermissionCard';
import { useLastBackgroundCheck, useReminderList, useUpcomingSessions } from './useReminders';
import { format } from 'date-fns';
import './reminders.css';

/** The advice that follows from what this device allows. */
export function adviceFor(notifications: NotificationState, background: BackgroundState, installed: boolean): MessageKey[] {
  if (notifications === 'denied' || notifications === 'unsupported') return ['reminders.check.advice.calendar'];
  if (notifications === 'default') return ['reminders.check.advice.ask'];
  if (background === 'on') return ['reminders.check.advice.background'];
  const advice: MessageKey[] = ['reminders.check.advice.open'];
  if (!installed && background !== 'unsupported') advice.push('reminders.check.advice.install');
  return advice;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export default function ReminderCheckScreen() {
  const [notifications, setNotifications] = useState<NotificationState>(notificationState);
  const [background, setBackground] = useState<BackgroundState>();
  const [test, setTest] = useState<'sent' | 'blocked'>();
  const installed = isStandalone();
  const list = useReminderList();
  const sessions = useUpcomingSessions() ?? [];
  const lastBackground = useLastBackgroundCheck();
  const enabled = (list ?? []).filter((x) => x.reminder.enabled === 1).map((x) => x.reminder);

  useEffect(() => {
    startReminderBridge();
    let alive = true;
    void ensurePeriodicSync().then((state) => {
      if (alive) setBackground(state);
    });
    return () => {
      alive = false;
    };
  }, [notifications]);

  const stateKey = (s: NotificationState): MessageKey => `reminders.check.state.${s}`;
  const backgroundKey: MessageKey =
    background === 'on' ? 'reminders.check.state.on' : background === 'off' ? 'reminders.check.state.off' : 'reminders.check.state.unsupported';

  return (
    <Screen title={t('reminders.check.title')} lead={t('reminders.check.lead')}>
      <Card>
        <dl className="facts">
          <Fact label={t('reminders.check.today')} value={t('reminders.check.state.always')} />
          <Fact label={t('reminders.check.notifications')} value={t(stateKey(notifications))} />
          <Fact label={t('reminders.check.installed')} value={t(installed ? 'reminders.check.state.yes' : 'reminders.check.state.no')} />
          {background ? <Fact label={t('reminders.check.background')} value={t(backgroundKey)} /> : null}
          {lastBackground ? <Fact label={t('reminders.check.lastBackground')} value={format(lastBackground, 'd MMM HH:mm')} /> : null}
        </dl>
      </Card>
      {isIos() && !installed ? (
        <Card>
          <p>{t('reminders.check.ios')}</p>
        </Card>
      ) : null}
      <PermissionCard onChange={setNotifications} />
      <Card title={t('reminders.check.advice')}>
        {adviceFor(notifications, background ?? 'unsupported', installed).map((key) => (
          <p key={key}>{t(key)}</p>
        ))}
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={notifications !== 'granted'}
            onClick={() => void sendTestNotification().then((ok) => setTest(ok ? 'sent' : 'blocked'))}
          >
            {t('reminders.check.test')}
          </button>
          {enabled.length > 0 ? (
            <button type="button" className="button" onClick={() => downloadIcs(enabled, 'between-reminders.ics', sessions)}>
              {t('reminders.calendar.all')}
            </button>
          ) : null}
        </div>
        <p className="reminder-status" role="status">
          {test === 'sent' ? t('reminders.check.testSent') : test === 'blocked' ? t('reminders.check.testBlocked') : ''}
        </p>
      </Card>
      <p>
        <Link to="/settings/reminders">{t('reminders.check.back')}</Link>
      </p>
    </Screen>
  );
}
