import { useSyncExternalStore } from 'react';
import { lockStore } from './lockService';
import type { LockState } from './lockService';

/** The lock's phase and any pass in progress; re-renders when either changes. */
export function useLock(): LockState {
  return useSyncExternalStore(lockStore.subscribe, lockStore.get, lockStore.get);
}
