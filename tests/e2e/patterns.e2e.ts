import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';

const chromium = useBrowser();

describe('old patterns', () => {
  it('names a pattern from an example and logs it with a body check-in', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/more');
    await page.getByRole('link', { name: /Old patterns/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Old patterns' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('group', { name: 'Examples' }).getByRole('button', { name: 'Avoidance' }).click();
    await page.getByRole('button', { name: 'Add this pattern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avoidance' }).waitFor();
    await page.getByText('0 this week; 0 in the last 8 weeks.').waitFor();

    // A body check-in without a number is not dropped silently: a gentle message, nothing saved.
    await page.getByRole('textbox', { name: /What happened/ }).fill('Put off the email to my landlord');
    await page.getByRole('button', { name: 'Chest' }).click();
    await page.getByRole('textbox', { name: /What did it feel like/ }).fill('tight');
    await page.getByRole('button', { name: 'Note it' }).click();
    await page.getByRole('alert').filter({ hasText: 'Pick how strong it felt' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('group', { name: 'How strong was it?' }).getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('textbox', { name: 'What did I do?' }).fill('Wrote the first line, then a walk');
    await page.getByRole('textbox', { name: /What would I like to try/ }).fill('Two-minute start');
    await page.getByRole('button', { name: 'Note it' }).click();
    await page.getByRole('status').filter({ hasText: 'Noted.' }).waitFor();
    await page.getByText('1 this week; 1 in the last 8 weeks.').waitFor();
    await page.getByRole('region', { name: 'What helped' }).getByText('Wrote the first line, then a walk').waitFor();
    await page.getByRole('region', { name: 'Recent times' }).getByText('Body: Chest; tight; 6 out of 10').waitFor();
    // The form is empty again for next time.
    expect(await page.getByRole('textbox', { name: /What happened/ }).inputValue()).toBe('');

    await page.getByRole('link', { name: 'Back to old patterns' }).click();
    await page.getByRole('link', { name: /Avoidance.*Noted once in the last 4 weeks/ }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('renames a pattern in place, and deletes it with its notes until Undo', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/patterns');
    await page.getByRole('textbox', { name: 'Its name' }).fill('Should');
    await page.getByRole('button', { name: 'Add this pattern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Should' }).waitFor();
    await page.getByRole('textbox', { name: /What happened/ }).fill('Skipped lunch to finish');
    await page.getByRole('button', { name: 'Note it' }).click();
    await page.getByRole('status').filter({ hasText: 'Noted.' }).waitFor();

    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: 'New name' }).fill(' ');
    await page.getByRole('button', { name: 'Save the new name' }).click();
    await page.getByRole('alert').filter({ hasText: 'Give the pattern a name, even a single word.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'New name' }).fill('The should voice');
    await page.getByRole('button', { name: 'Save the new name' }).click();
    await page.getByRole('heading', { level: 1, name: 'The should voice' }).waitFor();
    await page.getByRole('region', { name: 'Recent times' }).getByText('Skipped lunch to finish').waitFor();

    await page.getByRole('button', { name: 'Delete this pattern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Old patterns' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /The should voice/ }).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: /The should voice.*Noted once/ }).click();
    await page.getByRole('region', { name: 'Recent times' }).getByText('Skipped lunch to finish').waitFor();
    expect(app.errors).toEqual([]);
  });
});
