import { describe, expect, it } from 'vitest';
import { baseURL, useBrowser } from './support/browser';
import { shellRoutes } from './support/routes';

const chromium = useBrowser();

describe('app shell', () => {
  it('renders every route with its heading, from a direct link', async () => {
    const app = await chromium.open();
    for (const route of shellRoutes) {
      await app.page.goto(route.path);
      await app.page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
      await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
    }
    expect(app.errors).toEqual([]);
  });

  it('moves between tabs with the bottom navigation and marks the current one', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Journal', 'Goals', 'Progress', 'More', 'Today']) {
      await nav.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      expect(await nav.getByRole('link', { name }).getAttribute('aria-current')).toBe('page');
    }
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
  });

  it('reaches crisis resources from More, as tel: links', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/more');
    await page.getByRole('link', { name: /Need help now/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Need help now' }).waitFor();
    expect(await page.getByRole('link', { name: 'Call 988' }).first().getAttribute('href')).toBe('tel:988');
    expect(await page.getByRole('link', { name: 'Call 116 123' }).first().getAttribute('href')).toBe('tel:116123');
    expect(await page.getByRole('link', { name: 'Text 988' }).first().getAttribute('href')).toBe('sms:988');
  });

  it('shows a kind page for an unknown address', async () => {
    const app = await chromium.open();
    await app.page.goto('/no-such-place');
    await app.page.getByRole('heading', { level: 1, name: 'This page does not exist' }).waitFor();
    await app.page.getByRole('link', { name: 'Go to Today' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  });

  it('makes no request to any other origin and breaks no CSP rule', async () => {
    const app = await chromium.open();
    for (const route of shellRoutes) {
      await app.page.goto(route.path);
      await app.page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
    }
    const origin = new URL(baseURL()).origin;
    const foreign = app.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(app.errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
    const csp = (await app.page.request.get('/')).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
  });

  for (const width of [360, 1280]) {
    it(`fits a ${width}px wide screen, also with text at 200%`, async () => {
      const app = await chromium.open({ width });
      const { page } = app;
      for (const route of shellRoutes) {
        await page.goto(route.path);
        await page.getByRole('heading', { level: 1, name: route.heading }).waitFor();
        for (const scale of ['100%', '200%']) {
          await page.evaluate((size) => {
            document.documentElement.style.fontSize = size;
          }, scale);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${route.path} at ${scale}`).toBeLessThanOrEqual(0);
        }
      }
    });
  }

  it('gives every link and button in the navigation a touch target of at least 44px', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/more');
    await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
    const targets = page.getByRole('main').getByRole('link').or(page.getByRole('navigation').getByRole('link'));
    const boxes = await targets.evaluateAll((elements) =>
      elements.map((el) => {
        const rect = el.getBoundingClientRect();
        return { name: el.textContent, width: rect.width, height: rect.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) {
      expect(box.height, String(box.name)).toBeGreaterThanOrEqual(44);
      expect(box.width, String(box.name)).toBeGreaterThanOrEqual(44);
    }
  });
});
