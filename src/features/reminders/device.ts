/**
 * Page side of reminders: what this browser allows, asking for permission (only
 * ever from a tap), keeping the service worker checking, and following taps on
 * notifications to the right screen.
 */
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { CHECK_MESSAGE, NAVIGATE_MESSAGE, PERIODIC_MIN_INTERVAL_MS, PERIODIC_SYNC_TAG } from './messages';

export type NotificationState = 'granted' | 'denied' | 'default' | 'unsupported';
export type BackgroundState = 'on' | 'off' | 'unsupported';

interface PeriodicSyncManager {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  getTags(): Promise<string[]>;
}
type RegistrationWithPeriodic = ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager };

export function notificationState(): NotificationState {
  if (typeof Notification === 'undefined' || !('serviceWorker' in navigator)) return 'unsupported';
  return Notification.permission;
}

/** Call only from a tap, after the explanation is on screen. */
export async function requestNotifications(): Promise<NotificationState> {
  if (notificationState() === 'unsupported') return 'unsupported';
  const result = await Notification.requestPermission();
  if (result === 'granted') void ensurePeriodicSync();
  return result;
}

export function isStandalone(): boolean {
  return window.matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

export function isIos(): boolean {
  const ua = navigator.userAgent;
  // iPadOS reports itself as a Mac; touch points tell them apart.
  return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}

async function registration(): Promise<RegistrationWithPeriodic | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const reg: RegistrationWithPeriodic | undefined = await navigator.serviceWorker.getRegistration();
  return reg;
}

async function periodicPermission(): Promise<PermissionState | 'unsupported'> {
  try {
    const status = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
    return status.state;
  } catch {
    return 'unsupported';
  }
}

/** Registers the background check when (and only when) the browser grants it. */
export async function ensurePeriodicSync(): Promise<BackgroundState> {
  const reg = await registration();
  if (!reg?.periodicSync) return 'unsupported';
  const permission = await periodicPermission();
  if (permission === 'unsupported') return 'unsupported';
  if (permission !== 'granted') return 'off';
  try {
    const tags = await reg.periodicSync.getTags();
    if (!tags.includes(PERIODIC_SYNC_TAG)) await reg.periodicSync.register(PERIODIC_SYNC_TAG, { minInterval: PERIODIC_MIN_INTERVAL_MS });
    return 'on';
  } catch {
    return 'off';
  }
}

/** Shows a sample through the service worker, exactly like a real reminder. */
export async function sendTestNotification(): Promise<boolean> {
  const reg = await registration();
  if (!reg || notificationState() !== 'granted') return false;
  try {
    await reg.showNotification(t('reminders.test.title'), { body: t('reminders.test.body'), tag: 'between-test', icon: '/pwa-192x192.png' });
    return true;
  } catch {
    return false;
  }
}

function askWorkerToCheck(): void {
  if (notificationState() !== 'granted') return;
  void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: CHECK_MESSAGE }));
}

let started = false;

/**
 * Once per page: ask the worker to check every minute while visible and on
 * return, and follow notification taps. Safe to call from several screens.
 */
export function startReminderBridge(): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; url?: unknown } | null;
    if (data?.type === NAVIGATE_MESSAGE && typeof data.url === 'string' && data.url.startsWith('/') && !data.url.startsWith('//')) {
      navigate(data.url);
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') askWorkerToCheck();
  });
  window.setInterval(() => {
    if (document.visibilityState === 'visible') askWorkerToCheck();
  }, 60_000);
  askWorkerToCheck();
  void ensurePeriodicSync();
}

/** Lets a screen ask for an immediate check, e.g. right after saving a reminder. */
export function checkRemindersNow(): void {
  if ('serviceWorker' in navigator) askWorkerToCheck();
}
