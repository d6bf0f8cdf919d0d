/**
 * The app lock's actions: unlock, lock, turn on/off, change the passphrase,
 * and locking by itself when idle or hidden. The data key lives here and in the
 * sealing middleware only while unlocked; locking forgets both.
 */
import { sealState } from '../../db';
import type { LockConfig } from '../../db';
import { nowIso } from '../../lib/ids';
import { flushAll } from '../../pwa/flush';
import {
  newDataKey,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
} from './keys';
import {
  convertAll,
  DEFAULT_IDLE_MINUTES,
  PassInterruptedError,
  readIdleMinutes,
  readLockConfig,
  removeLockConfig,
  writeLockConfig,
} from './lock.repo';
import type { PassProgress } from './lock.repo';
import { announceToOtherTabs, lockStore, setLockState } from './lockStore';

export { lockStore, startLock } from './lockStore';
export type { LockPhase, LockState } from './lockStore';

const HIDDEN_LOCK_MS = 60_000;
const IDLE_CHECK_MS = 10_000;

let dataKey: Uint8Array<ArrayBuffer> | undefined;

async function openSession(key: Uint8Array<ArrayBuffer>): Promise<void> {
  const { createRecordCipher } = await import('../../db/seal/recordCipher');
  dataKey = key;
  sealState.setCipher(createRecordCipher(key));
  setLockState({ phase: 'unlocked' });
  startIdleWatch();
}

export async function unlockWithPassphrase(passphrase: string): Promise<void> {
  const config = await readLockConfig();
  if (!config) return;
  await openSession(await unwrapWithPassphrase(config, passphrase));
  void resumePass();
}

export async function unlockWithRecoveryKey(recoveryKey: string): Promise<void> {
  const config = await readLockConfig();
  if (!config) return;
  await openSession(await unwrapWithRecoveryKey(config, recoveryKey));
  void resumePass();
}

/** Save what is being typed, cover the screen, then forget the key. */
export async function lockNow(): Promise<void> {
  if (lockStore.get().phase !== 'unlocked' || sealState.status === 'off') return;
  await flushAll();
  stopIdleWatch();
  setLockState({ phase: 'locked' });
  // Editors unmount with nothing left to save; the key goes after they have.
  setTimeout(forgetKey, 0);
}

function forgetKey(): void {
  if (lockStore.get().phase === 'unlocked') return;
  dropKey();
}

/** Overwrite and let go of the data key (the cipher overwrites its own copy). */
function dropKey(): void {
  sealState.setCipher(undefined);
  dataKey?.fill(0);
  dataKey = undefined;
}

let running: Promise<void> | undefined;

/** Carry on a lock on/off pass that a reload or a lock interrupted (one at a time). */
function resumePass(onProgress?: (p: PassProgress) => void): Promise<void> {
  running ??= runPass(onProgress).finally(() => {
    running = undefined;
  });
  return running;
}

async function runPass(onProgress?: (p: PassProgress) => void): Promise<void> {
  const config = await readLockConfig();
  if (!config || config.status === 'on') return;
  const turning = config.status === 'turningOn' ? 'on' : 'off';
  try {
    await convertAll((p) => {
      setLockState({ ...lockStore.get(), pass: { ...p, turning } });
      onProgress?.(p);
    });
  } catch (error) {
    if (error instanceof PassInterruptedError) return;
    throw error;
  }
  if (turning === 'on') {
    const { progress: _done, ...rest } = config;
    await writeLockConfig({ ...rest, status: 'on' });
    sealState.setStatus('on');
    setLockState({ phase: lockStore.get().phase });
  } else {
    await removeLockConfig();
    forgetLock();
    return;
  }
  announceToOtherTabs();
}

export interface NewLock {
  passphrase: string;
  recoveryKey: string;
  /** Tests use fewer; the app always uses the default. */
  iterations?: number;
}

/** Wrap a new data key under both secrets, then seal every row (resumable). */
export async function turnOnLock(input: NewLock, onProgress?: (p: PassProgress) => void): Promise<void> {
  if (await readLockConfig()) return;
  const key = newDataKey();
  const config: LockConfig = {
    version: 1,
    status: 'turningOn',
    ...(await wrapWithPassphrase(key, input.passphrase, input.iterations)),
    byRecoveryKey: await wrapWithRecoveryKey(key, input.recoveryKey),
    createdAt: nowIso(),
  };
  await flushAll();
  await writeLockConfig(config);
  sealState.setStatus('turningOn');
  announceToOtherTabs();
  await openSession(key);
  await resumePass(onProgress);
}

/** Check the passphrase, then open every row again (resumable) and drop the keys. */
export async function turnOffLock(passphrase: string, onProgress?: (p: PassProgress) => void): Promise<void> {
  const config = await readLockConfig();
  if (!config) return;
  const key = await unwrapWithPassphrase(config, passphrase);
  await writeLockConfig({ ...config, status: 'turningOff', progress: undefined });
  sealState.setStatus('turningOff');
  announceToOtherTabs();
  // Already unlocked: this copy only proved the passphrase.
  if (sealState.cipher) key.fill(0);
  else await openSession(key);
  await resumePass(onProgress);
}

/** Re-wrap the same data key under a new passphrase; no record changes. */
export async function changePassphrase(current: string, next: string, iterations?: number): Promise<void> {
  const config = await readLockConfig();
  if (!config) return;
  const key = await unwrapWithPassphrase(config, current);
  const rewrapped = await wrapWithPassphrase(key, next, iterations);
  key.fill(0);
  await writeLockConfig({ ...config, ...rewrapped });
}

/** After unlocking with the recovery key: choose a new passphrase (the key is in memory). */
export async function setNewPassphrase(next: string, iterations?: number): Promise<void> {
  const config = await readLockConfig();
  if (!config || !dataKey) return;
  await writeLockConfig({ ...config, ...(await wrapWithPassphrase(dataKey, next, iterations)) });
}

/** After "delete everything": nothing is locked any more. */
export function forgetLock(): void {
  stopIdleWatch();
  sealState.setStatus('off');
  dropKey();
  setLockState({ phase: 'off' });
  announceToOtherTabs();
}

// ---- locking when idle or hidden ----

let lastActivity = 0;
let idleMs = DEFAULT_IDLE_MINUTES * 60_000;
let idleTimer: ReturnType<typeof setInterval> | undefined;
let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
let hiddenAt: number | undefined;
const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

function noteActivity(): void {
  lastActivity = Date.now();
}

function onVisibility(): void {
  if (document.visibilityState === 'hidden') {
    clearTimeout(hiddenTimer);
    hiddenAt = Date.now();
    hiddenTimer = setTimeout(() => void lockNow(), HIDDEN_LOCK_MS);
    return;
  }
  clearTimeout(hiddenTimer);
  if (hiddenAt !== undefined && Date.now() - hiddenAt >= HIDDEN_LOCK_MS) void lockNow();
  hiddenAt = undefined;
  noteActivity();
}

/** The idle time changed in settings. */
export function setIdleMinutes(minutes: number): void {
  idleMs = minutes * 60_000;
}

function startIdleWatch(): void {
  if (typeof window === 'undefined' || idleTimer !== undefined) return;
  noteActivity();
  void readIdleMinutes().then(setIdleMinutes);
  for (const type of activityEvents) window.addEventListener(type, noteActivity, { passive: true, capture: true });
  document.addEventListener('visibilitychange', onVisibility);
  idleTimer = setInterval(() => {
    if (Date.now() - lastActivity >= idleMs) void lockNow();
  }, IDLE_CHECK_MS);
}

function stopIdleWatch(): void {
  if (typeof window === 'undefined') return;
  for (const type of activityEvents) window.removeEventListener(type, noteActivity, { capture: true });
  document.removeEventListener('visibilitychange', onVisibility);
  clearInterval(idleTimer);
  clearTimeout(hiddenTimer);
  idleTimer = undefined;
  hiddenAt = undefined;
}
