/// <reference lib="webworker" />
import { loadSealStatus } from '../features/lock/lock.repo';
import { remindersRepo } from '../features/reminders/reminders.repo';
import { CHECK_MESSAGE, PERIODIC_SYNC_TAG, handleNotificationClick, showDueReminders } from './reminders';

/** Chromium's periodic background sync event (not in TypeScript's lib yet). */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/** Wires the reminder handlers to the worker's events. */
export function installReminders(sw: ServiceWorkerGlobalScope): void {
  // With lock on the worker has no key: it schedules from readable fields and words stay sealed.
  const check = (): Promise<unknown> =>
    loadSealStatus()
      .then(() => showDueReminders(sw.registration))
      .catch((error: unknown) => console.error('reminders: check stopped', error));

  sw.addEventListener('periodicsync', (event) => {
    const e = event as PeriodicSyncEvent;
    // Noted after the check, so "last background check" means it really finished.
    if (e.tag === PERIODIC_SYNC_TAG) e.waitUntil(check().then(() => remindersRepo.noteBackgroundCheck(new Date())));
  });

  sw.addEventListener('message', (event: ExtendableMessageEvent) => {
    const data = event.data as { type?: unknown } | null;
    if (data && data.type === CHECK_MESSAGE) event.waitUntil(check());
  });

  sw.addEventListener('notificationclick', (event: NotificationEvent) => {
    event.waitUntil(
      loadSealStatus()
        .catch(() => undefined)
        .then(() => handleNotificationClick(event, { clients: sw.clients, origin: sw.location.origin })),
    );
  });
}
