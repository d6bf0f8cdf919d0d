import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, Autosaver, RETRY_MS, type SaveStatus } from '../../../../src/features/journal/autosaver';
import { useAutosave } from '../../../../src/features/journal/useAutosave';
import { flushAll } from '../../../../src/pwa/flush';

describe('Autosaver', () => {
  let saved: string[];
  let statuses: SaveStatus[];
  let saver: Autosaver<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    saved = [];
    statuses = [];
    saver = new Autosaver<string>((v) => {
      saved.push(v);
      return Promise.resolve('saved');
    }, (s) => statuses.push(s));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a burst of typing once, shortly after it stops (well under 1 s)', async () => {
    expect(AUTOSAVE_DELAY_MS).toBeGreaterThanOrEqual(400);
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(700);
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      saver.schedule(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(saved).toEqual(['Hello']);
    expect(statuses.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['Hello']);
  });

  it('flush writes at once, and twice in a row writes nothing new', async () => {
    saver.schedule('now');
    await saver.flush();
    await saver.flush();
    expect(saved).toEqual(['now']);
  });

  it('never lets an older value land after a newer one', async () => {
    const order: string[] = [];
    const slow = new Autosaver<string>(async (v) => {
      await new Promise((r) => setTimeout(r, v === 'old' ? 300 : 10));
      order.push(v);
      return 'saved';
    }, () => undefined);
    slow.schedule('old');
    const first = slow.flush();
    slow.schedule('new');
    const second = slow.flush();
    await vi.advanceTimersByTimeAsync(400);
    await Promise.all([first, second]);
    expect(order).toEqual(['old', 'new']);
  });

  it('retries a save that threw, and a newer value wins over the retry', async () => {
    let fail = true;
    const attempts: string[] = [];
    const flaky = new Autosaver<string>((v) => {
      attempts.push(v);
      return fail ? Promise.reject(new Error('disk busy')) : Promise.resolve('draft');
    }, (s) => statuses.push(s));
    flaky.schedule('words');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(statuses.at(-1)).toBe('error');
    fail = false;
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(attempts).toEqual(['words', 'words']);
    expect(statuses.at(-1)).toBe('draft');
  });
});

describe('useAutosave', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes pending words when the page is hidden, before an update, and on unmount', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const save = (v: string) => {
      saved.push(v);
      return Promise.resolve('saved' as const);
    };
    const { result, unmount } = renderHook(() => useAutosave(save));

    act(() => result.current.schedule('hidden'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(saved).toEqual(['hidden']);
    expect(result.current.status).toBe('saved');

    act(() => result.current.schedule('update'));
    await act(flushAll);
    expect(saved).toEqual(['hidden', 'update']);

    act(() => result.current.schedule('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(saved).toEqual(['hidden', 'update', 'pagehide']);

    act(() => result.current.schedule('leaving'));
    unmount();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.at(-1)).toBe('leaving');
    // Unregistered: a later update flush has nothing of this editor to write.
    await flushAll();
    expect(saved).toHaveLength(4);
  });
});
