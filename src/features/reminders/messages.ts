/** Names shared by the page and the service worker (no window or worker APIs here). */
export const PERIODIC_SYNC_TAG = 'between-reminders';
/** Page → worker: "check now" (sent every minute while the app is visible). */
export const CHECK_MESSAGE = 'between:check-reminders';
/** Worker → page: "go to this in-app path" (the page navigates without a reload). */
export const NAVIGATE_MESSAGE = 'between:navigate';
/** Periodic sync: Chromium fires it at most this often; asking for less is pointless. */
export const PERIODIC_MIN_INTERVAL_MS = 12 * 60 * 60 * 1000;
