import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchBrowser, newAppContext, type AppContext } from './support/browser';
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

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds nothing on any screen in ${colorScheme} mode`, async () => {
      app = await newAppContext(browser, { colorScheme });
      const found: string[] = [];
      for (const route of shellRoutes) {
        await app.page.goto(route.path);
        await app.page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
        found.push(...(await axeViolations(app.page)).map((v) => `${route.path} ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
});
