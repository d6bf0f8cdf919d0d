/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching';

/**
 * The whole app shell is precached at install. Every navigation (deep links,
 * share-target URLs, shortcuts) is answered with the cached index.html, so all
 * routes open in airplane mode.
 */
export function installPrecache(manifest: Array<PrecacheEntry | string>): void {
  cleanupOutdatedCaches();
  precacheAndRoute(manifest);
  registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
}
