import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';

const chromium = useBrowser();

async function addSession(page: Page, date: string, time: string, bringUp = '') {
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Time').fill(time);
  if (bringUp) await page.getByLabel('What I want to bring up').fill(bringUp);
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved the session on' }).waitFor();
}

/** Rows written straight into the app's IndexedDB (other features own their own screens). */
async function seed(page: Page, table: string, rows: object[]) {
  await page.evaluate(
    async ({ table, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('between');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(String(req.error)));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(table, 'readwrite');
        for (const row of rows) tx.objectStore(table).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { table, rows },
  );
}

describe('sessions', () => {
  it('numbers five logged sessions and then offers a feedback review on Today', async () => {
    const { page } = await chromium.open();
    await page.goto('/more');
    await page.getByRole('link', { name: /Sessions/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    for (const day of ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']) await addSession(page, day, '10:00');
    await page.getByRole('heading', { name: 'Session 4' }).waitFor();
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(await page.getByRole('link', { name: /Feedback review after/ }).count()).toBe(0);

    await page.goto('/sessions');
    // Far in the future: refused kindly, nothing stored.
    await page.getByLabel('Date').fill('2028-06-01');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText('That date is more than a year away. Could the year be a typo?').waitFor();
    await addSession(page, '2026-11-23', '10:00');
    await page.getByRole('heading', { name: 'Session 5' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Session \d$/ }).count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('link', { name: /Feedback review after 5 sessions/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Feedback review' }).waitFor();
    await page.getByText(/There is nothing to compare yet/).first().waitFor();
    await page.getByRole('button', { name: 'Keep this review' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is nothing to compare yet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // "Not now" puts it away until the next session is logged.
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('button', { name: 'Not now — feedback review' }).click();
    await page.getByRole('status').filter({ hasText: 'Put away for now.' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Feedback review after/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/sessions');
    await addSession(page, '2026-11-27', '10:00');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('link', { name: /Feedback review after 5 sessions/ }).waitFor();
  });

  it('session prep shows exactly the chosen items, and prints them', async () => {
    const app = await chromium.open();
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/sessions');
    await addSession(page, '2026-11-23', '10:00');
    await addSession(page, '2026-12-07', '16:30', 'Talk about sleep');
    const at = '2026-11-25T18:00:00.000Z';
    const meta = { createdAt: at, updatedAt: at };
    await seed(page, 'logItems', [{ id: 'l1', ...meta, kind: 'success', text: 'Walked to work', occurredAt: at, day: '2026-11-25' }]);
    await seed(page, 'journalEntries', [
      { id: 'j1', ...meta, day: '2026-11-25', title: '', body: 'A private entry to bring', tags: [], bringToSession: 1 },
    ]);

    await page.goto('/sessions/prep');
    await page.getByRole('heading', { level: 1, name: 'Session prep' }).waitFor();
    await page.getByText('Tick what you want to include above.', { exact: false }).waitFor();
    expect(await page.getByRole('article').count()).toBe(0);
    await page.getByRole('checkbox', { name: /What I want to bring up/ }).check();
    await page.getByRole('checkbox', { name: /Successes and surprises since my last session/ }).check();
    const doc = page.getByRole('article', { name: 'For my next session' });
    await doc.getByText('Talk about sleep').waitFor();
    await doc.getByText(/Walked to work/).waitFor();
    expect(await doc.getByText('A private entry to bring', { exact: false }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Talk about sleep');
    expect(copied).toContain('Walked to work');
    expect(copied).not.toContain('A private entry');

    // Print: only the chosen page is visible, and Chromium renders a PDF of it.
    await page.emulateMedia({ media: 'print' });
    expect(await doc.getByText('Talk about sleep').isVisible()).toBe(true);
    expect(await page.getByText('What to include').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    const letter = await page.pdf({ format: 'Letter' });
    expect(letter.length).toBeGreaterThan(1000);
  });
});
