import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { isQuotaError, storageFull, watchStorageErrors } from '../../../src/pwa/storageErrors';
import { UpdateNotice } from '../../../src/pwa/UpdateNotice';

beforeEach(() => storageFull.set(false));

describe('out of space', () => {
  it('recognises the browser error, also when Dexie wraps it', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('shows one calm notice when a write fails for lack of space', () => {
    watchStorageErrors();
    render(<UpdateNotice />);
    act(() => {
      const event = new Event('unhandledrejection') as Event & { reason?: unknown };
      event.reason = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };
      window.dispatchEvent(event);
    });
    expect(screen.getByRole('alert', { name: 'Out of space' })).toHaveTextContent('What was saved before is safe.');
  });
});
