import { describe, expect, it } from 'vitest';
import { useBrowser, waitForServiceWorker } from './support/browser';
import { shellRoutes } from './support/routes';

const chromium = useBrowser();

describe('offline', () => {
  it('activates a service worker on the first visit', async () => {
    const app = await chromium.open();
    await app.page.goto('/');
    await waitForServiceWorker(app.page);
    const state = await app.page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(state).toBe('activated');
    await app.page.getByRole('status', { name: 'Between now works offline.' }).waitFor();
  });

  it('opens every route in airplane mode, by reload, deep link and navigation', async () => {
    const app = await chromium.open();
    const { page, context } = app;
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    for (const route of shellRoutes) {
      await page.goto(route.path);
      await page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Journal', 'Goals', 'Progress', 'More', 'Today']) {
      await nav.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
    }
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });
});
