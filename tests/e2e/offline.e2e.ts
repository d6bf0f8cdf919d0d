import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newAppContext, waitForServiceWorker, type AppContext } from './support/browser';
import { shellRoutes } from './support/routes';

let browser: Browser;
let app: AppContext;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await app.context.close();
});

describe('offline', () => {
  it('activates a service worker on the first visit', async () => {
    app = await newAppContext(browser);
    await app.page.goto('/');
    await waitForServiceWorker(app.page);
    const state = await app.page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(state).toBe('activated');
    await app.page.getByRole('status', { name: 'Between now works offline.' }).waitFor();
  });

  it('opens every route in airplane mode, by reload, deep link and navigation', async () => {
    app = await newAppContext(browser);
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
