import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useTodayDay } from '../../../../src/features/today/useTodayDay';

describe('useTodayDay', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('turns the page at local midnight, also on a 25-hour day', () => {
    // 23:50 GMT on 25 Oct 2026, the day the clocks went back.
    vi.setSystemTime(new Date('2026-10-25T23:50:00Z'));
    const { result } = renderHook(() => useTodayDay());
    expect(result.current).toBe('2026-10-25');
    act(() => {
      vi.advanceTimersByTime(9 * 60_000);
    });
    expect(result.current).toBe('2026-10-25');
    act(() => {
      vi.advanceTimersByTime(2 * 60_000 + 1000);
    });
    expect(result.current).toBe('2026-10-26');
  });

  it('re-reads the day when the app comes back into view at 00:05', () => {
    vi.setSystemTime(new Date('2026-11-29T22:00:00Z'));
    const { result } = renderHook(() => useTodayDay());
    expect(result.current).toBe('2026-11-29');
    // A suspended phone: time jumps without timers firing.
    vi.setSystemTime(new Date('2026-11-30T00:05:00Z'));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current).toBe('2026-11-30');
  });
});
