/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import type { PrecacheEntry } from 'workbox-precaching';
import { installPrecache } from './precache';
import { installReminders } from './remindersListeners';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

// The build replaces `self.__WB_MANIFEST` (the literal text) with the file list.
installPrecache(self.__WB_MANIFEST);

// Never take over on our own: the page asks (after saving drafts) when the person
// taps "Update".
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: unknown } | null;
  if (data && data.type === 'SKIP_WAITING') void self.skipWaiting();
});

// On the very first install there is no older version to protect, so control the
// open page at once and its lazy screens work offline without a reload. Later
// activations only happen after SKIP_WAITING, when the page reloads anyway.
clientsClaim();

// Reminder notifications: periodic sync, the page's minute tick, taps and "Done".
installReminders(self);
