import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sealState } from '../../../../src/db';
import { newRecoveryKey } from '../../../../src/features/lock/keys';
import { forgetLock, lockStore, setIdleMinutes, turnOnLock } from '../../../../src/features/lock/lockService';
import { registerFlusher } from '../../../../src/pwa/flush';
import { resetDb } from '../../../fixtures/db';

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('locking by itself', () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    visibility = 'visible';
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-29T09:30:00Z'));
    await turnOnLock({ passphrase: 'long enough words', recoveryKey: newRecoveryKey(), iterations: 1_000 });
    expect(lockStore.get().phase).toBe('unlocked');
  });
  afterEach(() => {
    vi.useRealTimers();
    forgetLock();
  });

  it('locks after the idle time, saving pending words first, and forgets the key', async () => {
    const flushed = vi.fn();
    const unregister = registerFlusher(flushed);
    setIdleMinutes(2);
    await vi.advanceTimersByTimeAsync(60_000);
    window.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(90_000);
    // A key press a minute in restarted the two minutes.
    expect(lockStore.get().phase).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(40_000);
    expect(lockStore.get().phase).toBe('locked');
    expect(flushed).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(sealState.cipher).toBeUndefined();
    unregister();
  });

  it('a short look away keeps it open; more than a minute away locks it', async () => {
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(30_000);
    setVisibility('visible');
    expect(lockStore.get().phase).toBe('unlocked');

    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(61_000);
    expect(lockStore.get().phase).toBe('locked');
  });

  it('coming back after a minute locks even if timers were paused while hidden', async () => {
    setVisibility('hidden');
    // A suspended tab runs no timers; only the clock moves.
    vi.setSystemTime(new Date('2026-11-29T09:45:00Z'));
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(lockStore.get().phase).toBe('locked');
  });
});
