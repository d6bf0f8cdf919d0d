export interface StorageHealth {
  /** true / false, or null when the browser cannot tell. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

let lastRequest: Promise<unknown> = Promise.resolve();

/**
 * Ask the browser to keep our storage (Safari and others may otherwise evict the
 * data of sites used rarely). Chromium decides silently; Firefox may ask.
 * Asked once per start; asking again is harmless where it was already decided.
 */
export function requestPersistence(): Promise<boolean | null> {
  const request = askToPersist();
  lastRequest = request;
  return request;
}

async function askToPersist(): Promise<boolean | null> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist || !storage.persisted) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

/** Storage facts, read after any pending persistence request has been answered. */
export async function readStorageHealth(): Promise<StorageHealth> {
  await lastRequest;
  const storage = navigator.storage as StorageManager | undefined;
  const health: StorageHealth = { persisted: null, usage: null, quota: null };
  if (!storage) return health;
  try {
    if (storage.persisted) health.persisted = await storage.persisted();
    if (storage.estimate) {
      const estimate = await storage.estimate();
      health.usage = estimate.usage ?? null;
      health.quota = estimate.quota ?? null;
    }
  } catch {
    // Some private modes throw here; we simply report "unknown".
  }
  return health;
}
