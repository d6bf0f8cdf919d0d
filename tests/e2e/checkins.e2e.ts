import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser, waitForServiceWorker } from './support/browser';

const chromium = useBrowser();

describe('check-ins and questionnaires', () => {
  it('shows the safety screen while offline as soon as PHQ-9 item 9 is above zero', async () => {
    const { page, context } = await chromium.open();
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/checkin');
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await page.getByText('Choose questionnaires').click();
    await page.getByRole('checkbox', { name: /PHQ-9/ }).check();
    await page.getByRole('link', { name: /Answer the PHQ-9/ }).click();
    await page.getByRole('heading', { level: 1, name: 'PHQ-9' }).waitFor();

    const item9 = page.getByRole('group', { name: /^9\. Thoughts that you would be better off dead/ });
    await item9.getByRole('radio', { name: 'Several days' }).check();
    const safety = page.getByRole('heading', { name: 'Thank you for answering honestly' });
    await safety.waitFor();
    // en-GB browser → UK numbers first, as tel: links that need no network.
    expect(await page.getByRole('link', { name: 'Call 116 123' }).first().getAttribute('href')).toBe('tel:116123');
    expect(await page.getByRole('link', { name: 'Call 999' }).first().getAttribute('href')).toBe('tel:999');
    expect(await axeViolations(page)).toEqual([]);

    for (let n = 1; n <= 8; n += 1) {
      await page.getByRole('group', { name: new RegExp(`^${n}\\. `) }).getByRole('radio', { name: 'Not at all' }).check();
    }
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByText('Your answers add up to 1 out of 27, in the range often called minimal.').waitFor();
    await page.getByText(/screening aid, not a diagnosis/).waitFor();
    await safety.waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('offers the weekly check-in on Today, saves it once per day, and lets me change it', async () => {
    const { page } = await chromium.open();
    await page.goto('/settings');
    await page.getByLabel('Weekly check-in day').selectOption({ label: 'Sunday' });
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('link', { name: /Your weekly check-in/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Choose a number from 0 to 10 for how things are overall.').waitFor();
    await page.getByRole('group', { name: /Overall, how are things/ }).getByRole('radio', { name: '6' }).check();
    await page.getByLabel('Anything else').fill('A steady week');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('status').filter({ hasText: 'Thank you for checking in' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /Overall 6 of 10/ }).click();
    await page.getByText('You already checked in here; saving updates it.').waitFor();
    await page.getByRole('group', { name: /Overall, how are things/ }).getByRole('radio', { name: '8' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('link', { name: /Overall 8 of 10/ }).waitFor();
    expect(await page.getByRole('link', { name: /Overall \d+ of 10/ }).count()).toBe(1);

    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(await page.getByRole('link', { name: /Your weekly check-in/ }).count()).toBe(0);

    // Progress charts the check-in, with a text summary and a table alternative.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    const chart = page.getByRole('region', { name: 'Overall, how things are (0–10)' });
    await chart.getByText('One check-in so far: 8/10 on Sun 29 Nov 2026.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await chart.getByRole('cell', { name: '8/10' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
