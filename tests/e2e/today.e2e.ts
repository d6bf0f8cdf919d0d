import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';

const chromium = useBrowser();

describe('Today quick capture and successes & surprises', () => {
  it('opens the success capture from the home-screen shortcut with focus in the text field', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/today?capture=success');
    const field = page.getByRole('textbox', { name: 'What went well?' });
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Went for the walk anyway');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Success saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logs a success and a surprise in two taps from Today, and lists them by kind', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/');
    await page.getByRole('button', { name: 'A success' }).click();
    await page.getByRole('textbox', { name: 'What went well?' }).fill('Asked a friend for help');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Success saved.').waitFor();
    await page.getByRole('button', { name: 'A surprise' }).click();
    await page.getByRole('textbox', { name: 'What surprised you?' }).fill('The meeting felt easy');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Surprise saved.').waitFor();

    await page.getByRole('link', { name: 'See successes & surprises' }).click();
    await page.getByRole('heading', { level: 1, name: 'Successes & surprises' }).waitFor();
    await page.getByText('From the last 7 days (no past session is noted yet).').waitFor();
    await page.getByText('Asked a friend for help').waitFor();
    await page.getByText('The meeting felt easy').waitFor();
    await page.getByRole('button', { name: 'Surprises' }).click();
    await expect.poll(() => page.getByText('Asked a friend for help').count()).toBe(0);
    await page.getByText('The meeting felt easy').waitFor();

    // A day still ahead is refused with a clear, announced message.
    await page.getByRole('textbox', { name: 'What went well?' }).fill('Tomorrow');
    await page.getByLabel('When').fill('2026-12-05');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'That day is still ahead' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
