import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser, waitForServiceWorker } from './support/browser';

const chromium = useBrowser();

describe('goals and milestones', () => {
  it('creates a goal with a milestone, checks it off on Today, sees it done offline, and undoes', async () => {
    const app = await chromium.open();
    const { page, context } = app;
    await page.goto('/goals');
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: 'New goal' }).click();
    await page.getByRole('heading', { level: 1, name: 'New goal' }).waitFor();

    // Bad input first: refused inline, nothing stored.
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByRole('alert').filter({ hasText: 'Give the goal a short name' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: /What is the goal/ }).fill('Calmer evenings');
    await page.getByRole('button', { name: 'Calm', exact: true }).click();
    await page.getByRole('checkbox', { name: 'We set this together in therapy' }).check();
    await page.getByRole('textbox', { name: /What are you rating/ }).fill('calm at bedtime');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calmer evenings' }).waitFor();

    await page.getByRole('textbox', { name: /^The step/ }).fill('Five slow breaths');
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('heading', { level: 3, name: 'Five slow breaths' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Edit the goal: the change is kept in its history.
    await page.getByRole('link', { name: 'Change goal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change this goal' }).waitFor();
    await page.getByRole('textbox', { name: /What is the goal/ }).fill('Calmer evenings at home');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calmer evenings at home' }).waitFor();
    await page.getByText('Changed on 29 Nov: name “Calmer evenings” → “Calmer evenings at home”').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    const step = page.getByRole('button', { name: 'Five slow breaths' });
    await step.waitFor();
    expect(await step.getAttribute('aria-pressed')).toBe('false');
    await step.click();
    await expect.poll(() => step.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Add how it went' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    const again = page.getByRole('button', { name: 'Five slow breaths' });
    await again.waitFor();
    await expect.poll(() => again.getAttribute('aria-pressed')).toBe('true');
    await again.click();
    await expect.poll(() => again.getAttribute('aria-pressed')).toBe('false');
    await page.getByText('Check-off undone.').waitFor();
    expect(app.errors).toEqual([]);
  });
});
