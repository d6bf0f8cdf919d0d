import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installPreloadRecovery } from '../../../src/app/preloadRecovery';

function stalePreload(): Event {
  const event = new Event('vite:preloadError', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('stale lazy chunk after an update', () => {
  beforeEach(() => sessionStorage.clear());

  it('reloads once, then lets the error through instead of looping', async () => {
    const reload = vi.fn();
    installPreloadRecovery(reload);
    const first = stalePreload();
    expect(first.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));

    const second = stalePreload();
    expect(second.defaultPrevented).toBe(false);
    await Promise.resolve();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
