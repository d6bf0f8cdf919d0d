import type { Dexie } from 'dexie';

export interface VersionChangeInfo {
  /** 'upgrade': another tab opened a newer schema; 'delete': another tab deleted the database. */
  reason: 'upgrade' | 'delete';
}

type Listener = (info: VersionChangeInfo) => void;
type BeforeClose = () => Promise<void> | void;
interface Registration {
  cb: Listener;
  beforeClose: BeforeClose | undefined;
}

/** A stuck flusher must not block the other tab's upgrade for ever. */
export const FLUSH_TIMEOUT_MS = 2000;

// One Dexie subscription per connection fans out to all registrations.
const registrationsByDb = new WeakMap<Dexie, Set<Registration>>();

function install(database: Dexie): Set<Registration> {
  const registrations = new Set<Registration>();
  let closing = false;

  async function flushThenClose(info: VersionChangeInfo): Promise<void> {
    const current = [...registrations];
    // The connection stays usable until close(), so pending drafts can still be written.
    const flushed = Promise.allSettled(current.map(async (r) => r.beforeClose?.()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([flushed, new Promise((resolve) => (timer = setTimeout(resolve, FLUSH_TIMEOUT_MS)))]);
    clearTimeout(timer);
    database.close({ disableAutoOpen: true });
    closing = false;
    for (const r of current) r.cb(info);
  }

  database.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Nobody could show "Reload": leave it to Dexie's default (close, reopen on next use).
    if (registrations.size === 0) return undefined;
    if (!closing) {
      closing = true;
      void flushThenClose({ reason: event.newVersion ? 'upgrade' : 'delete' });
    }
    // Dexie runs newest subscribers first; `false` stops its default handler,
    // which would close at once (before our flush) and allow silent reopening.
    return false;
  });
  return registrations;
}

/**
 * Called when another tab (or the service worker) needs this connection gone to
 * upgrade or delete the database. `beforeClose` runs first (e.g. flush pending
 * drafts), then the connection closes for good rather than letting Dexie reopen
 * silently: this tab's code predates the new schema and must not keep writing
 * old-shaped rows. Then `cb` runs; queries after this reject with
 * DatabaseClosedError, so the UI should say "Between was updated in another tab — Reload".
 * Works in a service worker (no window/DOM). Returns an unsubscribe function.
 */
export function onVersionChange(database: Dexie, cb: Listener, beforeClose?: BeforeClose): () => void {
  let registrations = registrationsByDb.get(database);
  if (!registrations) {
    registrations = install(database);
    registrationsByDb.set(database, registrations);
  }
  const set = registrations;
  const registration: Registration = { cb, beforeClose };
  set.add(registration);
  return () => {
    set.delete(registration);
  };
}
