import { createStore } from './store';

/** Set when a write was refused because the device is out of space. */
export const storageFull = createStore(false);

/** Dexie wraps the browser's error (e.g. AbortError with an inner QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    current = inner;
  }
  return false;
}

/**
 * Any write that fails for lack of space — wherever it happens — leads to one
 * calm notice. The write itself was a transaction, so nothing partial is left.
 */
export function watchStorageErrors(): void {
  window.addEventListener('unhandledrejection', (event) => {
    if (isQuotaError(event.reason)) storageFull.set(true);
  });
  window.addEventListener('error', (event) => {
    if (isQuotaError(event.error)) storageFull.set(true);
  });
}
