import { flushAll } from '../pwa/flush';

const KEY = 'between:preload-reload-at';
const WINDOW_MS = 30_000;

/**
 * After an update, an old page may ask for a lazy chunk that no longer exists.
 * Reload once to pick up the new files; if that already happened moments ago,
 * let the error reach the error boundary instead of looping.
 */
export function installPreloadRecovery(reload: () => void = () => window.location.reload()): void {
  window.addEventListener('vite:preloadError', (event) => {
    const last = Number(sessionStorage.getItem(KEY) ?? 0);
    if (Date.now() - last < WINDOW_MS) return;
    event.preventDefault();
    sessionStorage.setItem(KEY, String(Date.now()));
    void flushAll().then(reload);
  });
}
