import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateNotice } from '../../../src/pwa/UpdateNotice';
import { offlineReady, reloadNeeded, startServiceWorker, updateState } from '../../../src/pwa/register';
import { registerFlusher } from '../../../src/pwa/flush';
import { registered } from '../mocks/pwa-register';

let container: EventTarget & { controller: object | null };

beforeEach(() => {
  updateState.set('idle');
  offlineReady.set(false);
  reloadNeeded.set(false);
  registered.applied = 0;
  container = Object.assign(new EventTarget(), { controller: {} });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  startServiceWorker();
});

describe('UpdateNotice', () => {
  it('shows nothing until there is news', () => {
    const { container } = render(<UpdateNotice />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers a waiting version and applies it only after saving drafts', async () => {
    const order: string[] = [];
    const off = registerFlusher(() => {
      order.push(`flushed while applied=${registered.applied}`);
    });
    render(<UpdateNotice />);
    act(() => registered.options?.onNeedRefresh?.());
    expect(screen.getByRole('status', { name: 'Update' })).toHaveTextContent('A new version is ready.');
    expect(registered.applied).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(registered.applied).toBe(1));
    expect(order).toEqual(['flushed while applied=0']);
    expect(screen.getByRole('status', { name: 'Update' })).toHaveTextContent('Saving your words first');
    off();
  });

  it('can be put off with Later', async () => {
    render(<UpdateNotice />);
    act(() => registered.options?.onNeedRefresh?.());
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
    expect(registered.applied).toBe(0);
  });

  it('never reloads when another tab took the update; it asks instead', () => {
    render(<UpdateNotice />);
    act(() => {
      container.dispatchEvent(new Event('controllerchange'));
    });
    expect(screen.getByRole('status', { name: 'Reload' })).toHaveTextContent('Between was updated in another tab.');
  });

  it('says nothing when the first worker takes control of a fresh page', () => {
    container = Object.assign(new EventTarget(), { controller: null });
    Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
    startServiceWorker();
    const { container: rendered } = render(<UpdateNotice />);
    act(() => {
      container.dispatchEvent(new Event('controllerchange'));
    });
    expect(rendered).toBeEmptyDOMElement();
  });

  it('says once that the app works offline', async () => {
    render(<UpdateNotice />);
    act(() => registered.options?.onOfflineReady?.());
    expect(screen.getByRole('status', { name: 'Between now works offline.' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
