import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { findChromium } from '../../../scripts/find-chromium.mjs';

export const PINNED_NOW = new Date('2026-11-29T09:30:00Z');
export const TIME_ZONE = 'Europe/London';

export function baseURL(): string {
  return inject('baseURL');
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run scripts/ensure-chromium.mjs');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppContext {
  context: BrowserContext;
  page: Page;
  /** Every URL the page or its service worker requested. */
  requests: string[];
  /** Console errors and page errors, e.g. CSP violations. */
  errors: string[];
}

/** A fresh profile (its own storage and service worker) with a phone-sized window. */
export async function newAppContext(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; width?: number; base?: string } = {},
): Promise<AppContext> {
  const context = await browser.newContext({
    baseURL: options.base ?? baseURL(),
    viewport: { width: options.width ?? 360, height: 740 },
    timezoneId: TIME_ZONE,
    locale: 'en-GB',
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'allow',
  });
  await context.clock.install({ time: PINNED_NOW });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, requests, errors };
}

/** Wait until a service worker controls the page (so it works offline). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

export interface BrowserFixture {
  /** The shared browser of this test file (for CDP sessions and the like). */
  browser(): Browser;
  /** A fresh profile for this test; closed automatically after the test. */
  open(options?: Parameters<typeof newAppContext>[1]): Promise<AppContext>;
}

/**
 * One Chromium per test file, one fresh profile per test. Call at the top of a
 * test file; it registers the lifecycle hooks itself.
 */
export function useBrowser(): BrowserFixture {
  let browser: Browser | undefined;
  const opened: AppContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((app) => app.context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll');
    return browser;
  };
  return {
    browser: current,
    async open(options) {
      const app = await newAppContext(current(), options);
      opened.push(app);
      return app;
    },
  };
}
