import { registerSW } from 'virtual:pwa-register';
import { createStore } from './store';
import { flushAll } from './flush';

export type UpdateState = 'idle' | 'ready' | 'applying';

export const updateState = createStore<UpdateState>('idle');
export const offlineReady = createStore(false);
/** Set when another tab applied an update and this page is now out of date. */
export const reloadNeeded = createStore(false);

const HOUR = 60 * 60 * 1000;
let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;
let registration: ServiceWorkerRegistration | undefined;

async function checkForUpdate(): Promise<void> {
  if (!registration || !navigator.onLine || registration.installing) return;
  try {
    await registration.update();
  } catch {
    // Offline or the server is unreachable: the next check will try again.
  }
}

/**
 * Register the service worker in "prompt" mode: a new version waits until the
 * person chooses to update. We check for one at start, on resume and hourly.
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  watchControllerChange(navigator.serviceWorker);
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateState.set('ready');
    },
    onOfflineReady() {
      offlineReady.set(true);
    },
    // Reloads are decided in watchControllerChange, not by the library.
    onNeedReload() {},
    onRegisteredSW(_url, reg) {
      if (!reg) return;
      registration = reg;
      void checkForUpdate();
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void checkForUpdate();
      });
      window.setInterval(() => void checkForUpdate(), HOUR);
    },
  });
}

/**
 * A new worker took control of this page. If this tab asked for it, reload now
 * (drafts were flushed before asking). If another tab did, say so and wait for
 * a tap. The very first worker claiming a fresh page changes nothing visible.
 */
function watchControllerChange(container: ServiceWorkerContainer): void {
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    const replaced = controlled;
    controlled = true;
    if (updateState.get() === 'applying') window.location.reload();
    else if (replaced) reloadNeeded.set(true);
  });
}

/** Save pending words, then let the waiting worker take over and reload. */
export async function applyWaitingUpdate(): Promise<void> {
  updateState.set('applying');
  await flushAll();
  await applyUpdate?.(true);
}
