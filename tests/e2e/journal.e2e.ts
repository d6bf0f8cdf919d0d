import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser, waitForServiceWorker } from './support/browser';

const chromium = useBrowser();

const body = (page: Page) => page.getByRole('textbox', { name: 'Your entry' });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

/** Write a new entry and go back to the list. */
async function write(page: Page, title: string, text: string): Promise<void> {
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
  await body(page).fill(text);
  await saved(page).waitFor();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
}

describe('journal', () => {
  it('keeps what was typed across a reload mid-typing, caret at the end', async () => {
    const { page } = await chromium.open();
    await page.goto('/journal/new');
    await body(page).click();
    await page.keyboard.type('The walk by the river helped.');
    await saved(page).waitFor();
    // Typed once the first part was stored; may or may not beat the reload.
    await page.keyboard.type(' Then rain');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    await expect.poll(() => body(page).inputValue()).toMatch(/^The walk by the river helped\./);
    const caret = await body(page).evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      return { focused: document.activeElement === area, at: area.selectionStart, end: area.value.length };
    });
    expect(caret).toEqual({ focused: true, at: caret.end, end: caret.end });
    // It is one entry in the list, not two.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('link', { name: /The walk by the river helped/ }).waitFor();
    expect(await page.getByRole('link', { name: /The walk by the river/ }).count()).toBe(1);
  });

  it('writes an entry in airplane mode', async () => {
    const { page, context } = await chromium.open();
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/journal');
    await page.getByRole('link', { name: 'Write' }).click();
    await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    await body(page).fill('Written on the bus with no signal.');
    await page.getByRole('combobox', { name: 'Tags' }).fill('bus');
    await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await page.getByRole('checkbox', { name: 'Bring this to my next session' }).check();
    await saved(page).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Written on the bus with no signal.' }) });
    await item.getByText('bus', { exact: true }).waitFor();
    await item.getByText('For my session').waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('edits an entry, refuses a future day kindly, deletes it and brings it back with Undo', async () => {
    const { page } = await chromium.open();
    await write(page, 'Sunday', 'A slow morning.');
    await page.getByRole('link', { name: 'Sunday' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal entry' }).waitFor();
    await body(page).fill('A slow morning, then a call with my sister.');
    await page.getByLabel('Day this is about').fill('2026-12-25');
    await page.getByText('That day is still ahead — pick today or an earlier day.', { exact: false }).waitFor();
    await page.getByLabel('Day this is about').fill('2026-11-27');
    await saved(page).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { level: 2, name: 'Friday 27 November 2026' }).waitFor();
    await page.getByText('A slow morning, then a call with my sister.').waitFor();

    await page.getByRole('button', { name: 'Delete “Sunday”' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted “Sunday”.' }).waitFor();
    await page.getByRole('link', { name: 'Sunday' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Sunday' }).waitFor();

    // Deleting from inside the entry offers the same Undo on the list.
    await page.getByRole('link', { name: 'Sunday' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sunday' }).count()).toBe(0);
  });

  it('finds an entry as you type, with the match highlighted, and list and editor pass axe', async () => {
    const { page } = await chromium.open();
    await write(page, 'Rain', 'Stayed in and read.');
    await write(page, 'Evening', 'We walked along the riverbank until dark.');
    await page.getByRole('searchbox', { name: 'Search your journal' }).fill('RIV');
    await page.getByRole('status').filter({ hasText: '1 entries shown' }).waitFor();
    expect(await page.getByRole('link', { name: 'Rain' }).count()).toBe(0);
    const lead = page.getByText(/along the riverbank/);
    await expect.poll(() => lead.evaluate((el) => [...el.querySelectorAll('mark')].map((m) => m.textContent))).toEqual(['riv']);
    await page.getByText('Filters').click();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Evening' }).click();
    await page.getByText('Body check-in (optional)').click();
    await page.getByRole('button', { name: 'Chest' }).click();
    await page.getByRole('radio', { name: '6' }).check();
    await saved(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
