import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { grantPermission } from './support/permissions';

const chromium = useBrowser();

describe('storage health', () => {
  it('says honestly when the browser has not promised to keep the data', async () => {
    const app = await chromium.open();
    await app.page.goto('/settings');
    await app.page.getByText('This browser may clear your data').waitFor();
    await app.page.getByRole('button', { name: 'Ask the browser to keep my data' }).waitFor();
    await app.page.getByText(/^Using .+ of about .+ available\.$/).waitFor();
    await app.page.getByText('Nothing yet.').waitFor();
  });

  it('shows that storage is kept once the browser grants it', async () => {
    const app = await chromium.open();
    const { page, context } = app;
    await page.goto('/');
    const session = await grantPermission(chromium.browser(), context, page, 'persistent-storage');
    // On start the app asks the browser to keep its storage; this time the answer is yes.
    await page.goto('/settings');
    await page.getByText('This browser has agreed to keep your data.').waitFor();
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);
    await session.detach();
  });
});

describe('another tab upgrades the database', () => {
  it('keeps the screen and offers a reload instead of going blank', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/settings');
    await page.getByText('Nothing yet.').waitFor();
    // What a newer version of Between in another tab does: open the database at a higher version.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('between', 100_000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(new Error('upgrade blocked'));
        }),
    );
    const notice = page.getByRole('status', { name: 'Reload' });
    await notice.getByText('Between was updated in another tab.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  });
});
