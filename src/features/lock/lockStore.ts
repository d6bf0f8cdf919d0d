/**
 * What the shell needs to know about the lock on its first paint: the phase
 * (checking, off, locked, unlocked) and any pass in progress. Small on purpose,
 * it ships with the first screen; the actions live in ./lockService (loaded with
 * the lock screens).
 */
import { sealState } from '../../db';
import { flushAll } from '../../pwa/flush';
import { readLockConfig } from './lock.repo';
import type { PassProgress } from './lock.repo';

export type LockPhase = 'checking' | 'off' | 'locked' | 'unlocked';

export interface LockState {
  phase: LockPhase;
  /** Set while a lock on/off pass runs. */
  pass?: PassProgress & { turning: 'on' | 'off' };
}

let state: LockState = { phase: 'checking' };
const listeners = new Set<() => void>();

export function setLockState(next: LockState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const lockStore = {
  get: (): LockState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Read the lock settings before anything else reads records. */
export async function startLock(): Promise<void> {
  try {
    const config = await readLockConfig();
    sealState.setStatus(config?.status ?? 'off');
    setLockState({ phase: config ? 'locked' : 'off' });
  } catch {
    // The database could not be read at all: screens show their own message.
    setLockState({ phase: 'off' });
  }
  watchOtherTabs();
}

const CHANNEL = 'between-lock';
let channel: BroadcastChannel | undefined;

/** Another tab turned lock on or off: this tab's idea of it is stale, so it starts again. */
function watchOtherTabs(): void {
  if (typeof BroadcastChannel === 'undefined' || channel) return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => {
    void flushAll().then(() => window.location.reload());
  };
}

export function announceToOtherTabs(): void {
  channel?.postMessage('changed');
}
