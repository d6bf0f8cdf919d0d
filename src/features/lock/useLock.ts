import { useSyncExternalStore } from 'react';
import { lockStore } from './lockStore';
import type { LockState } from './lockStore';

/** The lock's phase and any pass in progress; re-renders when either changes. */
export function useLock(): LockState {
  return useSyncExternalStore(lockStore.subscribe, lockStore.get, lockStore.get);
}
