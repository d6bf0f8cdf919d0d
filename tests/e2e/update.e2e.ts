import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, waitForServiceWorker } from './support/browser';
import { startPreview, type PreviewHandle } from './support/preview';

const PORT = Number(process.env.E2E_UPDATE_PORT ?? 4175);
const chromium = useBrowser();
let dir: string;
let server: PreviewHandle | undefined;

beforeAll(async () => {
  // A private copy of the build, so "releasing" a new version here affects no other test.
  dir = mkdtempSync(join(tmpdir(), 'between-update-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  server = await startPreview({ port: PORT, outDir: dir });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('updates', () => {
  it('offers a new version without applying it, and applies it only when asked', async () => {
    const app = await chromium.open({ base: `http://127.0.0.1:${PORT}` });
    const { page } = app;
    await page.goto('/journal');
    await waitForServiceWorker(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // Release a new version: the service worker script changes on the server.
    appendFileSync(join(dir, 'sw.js'), '\n// next release\n');
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    // Coming back to the app checks for an update.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });

    const notice = page.getByRole('status', { name: 'Update' });
    await notice.getByText('A new version is ready.').waitFor();
    // Offered, not applied: same page, old worker still in control, new one waiting.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
      true,
    );
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);

    await notice.getByRole('button', { name: 'Update' }).click();
    await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere);
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
      false,
    );
  });
});
