/**
 * Reminder notifications from the service worker. It reads reminders from the
 * same IndexedDB (same db module and repos as the app) and shows what is due.
 *
 * Everything here takes its browser objects as arguments (minimal shapes, no
 * WebWorker-only types), so the handlers are unit-tested with fakes.
 */
import type { Reminder } from '../db/types';
import { milestonesRepo } from '../features/milestones/milestones.repo';
import { remindersRepo } from '../features/reminders/reminders.repo';
import { NOTIFY_WINDOW_MS, notifyPlan } from '../features/reminders/occurrences';
import { NAVIGATE_MESSAGE } from '../features/reminders/messages';
import { toLocalDay } from '../lib/days';
import { isMessageKey, t } from '../i18n';
import { reminders as reminderStrings } from '../i18n/en/reminders';
import { addDays } from 'date-fns';

export { CHECK_MESSAGE, PERIODIC_SYNC_TAG } from '../features/reminders/messages';
export const DONE_ACTION = 'done';

/**
 * The worker cannot lazy-load the catalogue (a service worker may not use
 * dynamic import), so it bundles the few reminder strings it says.
 */
function say(key: keyof typeof reminderStrings): string {
  return isMessageKey(key) ? t(key) : reminderStrings[key];
}

export interface ReminderNotificationData {
  url: string;
  occurrenceId: string;
  milestoneId?: string;
}

export interface ShowOptions {
  body: string;
  tag: string;
  data: ReminderNotificationData;
  icon?: string;
  actions?: { action: string; title: string }[];
}

export interface Notifier {
  showNotification(title: string, options: ShowOptions): Promise<void>;
}

/**
 * What a notification says. Neutral unless the person opted in to details.
 * While the app is locked the worker may see a reminder without its wording
 * (only schedule fields are readable then): it falls back to the neutral default.
 */
export function notificationText(r: Reminder, detail: string | undefined): { title: string; body: string } {
  const own = typeof r.title === 'string' && r.title.trim() !== '';
  const title = own ? r.title : say('reminders.default.title');
  const body = own ? (typeof r.body === 'string' ? r.body.trim() : '') : say('reminders.default.body');
  if (r.showDetails === 1 && detail) return { title, body: body ? `${detail} — ${body}` : detail };
  return { title, body };
}

/**
 * Shows the newest due or recently missed occurrence of each enabled reminder,
 * unless it was shown before. Returns the occurrence ids it showed.
 */
export async function showDueReminders(registration: Notifier, now: Date = new Date()): Promise<string[]> {
  const reminders = await remindersRepo.listEnabled();
  // Reads schedule fields and session start times only, so it works while the app is locked.
  const sessions = await remindersRepo.sessionsFor(reminders, new Date(now.getTime() - NOTIFY_WINDOW_MS), now);
  const plan = notifyPlan(reminders, now, sessions);
  if (plan.all.length === 0) return [];
  const fresh = new Set(await remindersRepo.claimShown(plan.all, toLocalDay(addDays(now, -3))));
  const byId = new Map(reminders.map((r) => [r.id, r]));
  const shown: string[] = [];
  for (const occurrence of plan.show) {
    const r = byId.get(occurrence.reminderId);
    if (!r || !fresh.has(occurrence.id)) continue;
    const target = await remindersRepo.target(r);
    const { title, body } = notificationText(r, target.detail);
    const data: ReminderNotificationData = { url: target.url, occurrenceId: occurrence.id };
    const options: ShowOptions = { body, tag: occurrence.id, data, icon: '/pwa-192x192.png' };
    if (target.milestoneId) {
      data.milestoneId = target.milestoneId;
      options.actions = [{ action: DONE_ACTION, title: say('reminders.notify.done') }];
    }
    await registration.showNotification(title, options);
    shown.push(occurrence.id);
  }
  return shown;
}

export interface WindowClientLike {
  url: string;
  focused?: boolean;
  focus(): Promise<unknown>;
  postMessage(message: unknown): void;
}

export interface ClientsLike {
  matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowClientLike[]>;
  openWindow(url: string): Promise<unknown>;
}

export interface ClickDeps {
  clients: ClientsLike;
  /** The worker's origin, to build absolute URLs and ignore foreign ones. */
  origin: string;
  checkOff?: (milestoneId: string, day: string) => Promise<unknown>;
  now?: () => Date;
}

export interface ClickEventLike {
  action: string;
  notification: { data: unknown; close(): void };
}

function readData(data: unknown): Partial<ReminderNotificationData> {
  if (!data || typeof data !== 'object') return {};
  const d = data as Record<string, unknown>;
  return {
    url: typeof d.url === 'string' && d.url.startsWith('/') && !d.url.startsWith('//') ? d.url : undefined,
    milestoneId: typeof d.milestoneId === 'string' ? d.milestoneId : undefined,
  };
}

/**
 * A tap on a reminder notification. "Done" on a milestone records today's
 * check-off without opening the app; anything else focuses an open window (and
 * asks it to go to the item) or opens the app there.
 */
export async function handleNotificationClick(
  event: ClickEventLike,
  deps: ClickDeps,
): Promise<'checkedOff' | 'focused' | 'opened'> {
  event.notification.close();
  const data = readData(event.notification.data);
  const url = data.url ?? '/';
  if (event.action === DONE_ACTION && data.milestoneId) {
    const checkOff = deps.checkOff ?? ((id, day) => milestonesRepo.checkOff(id, day));
    try {
      await checkOff(data.milestoneId, toLocalDay((deps.now ?? (() => new Date()))()));
      return 'checkedOff';
    } catch {
      // The step was removed meanwhile: open the app instead of losing the tap.
    }
  }
  const windows = await deps.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const ours = windows.filter((w) => w.url.startsWith(deps.origin));
  const client = ours.find((w) => w.focused) ?? ours[0];
  if (client) {
    client.postMessage({ type: NAVIGATE_MESSAGE, url });
    await client.focus();
    return 'focused';
  }
  await deps.clients.openWindow(new URL(url, deps.origin).href);
  return 'opened';
}
