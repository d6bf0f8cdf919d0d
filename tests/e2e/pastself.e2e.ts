import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { readStore } from './support/idb';

const chromium = useBrowser();

/** Adds a session through the Sessions screen (the real UI, no shortcuts). */
async function addSession(page: Page, date: string, time: string) {
  await page.goto('/sessions');
  await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
  await page.getByRole('textbox', { name: 'Date' }).or(page.getByLabel('Date', { exact: true })).first().fill(date);
  await page.getByLabel('Time', { exact: true }).fill(time);
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved the session' }).waitFor();
}

describe('letters to my past self', () => {
  it('intake → a letter with real figures; bad input is refused gently and the draft survives a reload', async () => {
    const app = await chromium.open();
    const { page } = app;
    await addSession(page, '2026-11-20', '10:00');

    // The intake, reached from More.
    await page.goto('/more');
    await page.getByRole('link', { name: /Your past self/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Your past self' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Make the snapshot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Where I started' }).waitFor();
    await page.getByRole('textbox', { name: 'Why did you come to therapy?' }).fill('Everything felt heavy');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('group', { name: 'Overall, how are things as you begin?' }).getByRole('radio', { name: '4', exact: true }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    // A start date in the future is refused gently; the answers stay.
    await page.getByLabel('When did therapy start?').fill('2027-01-10');
    await page.getByRole('button', { name: 'Keep this snapshot' }).click();
    await page.getByRole('alert').filter({ hasText: 'That date is in the future' }).waitFor();
    await page.getByLabel('When did therapy start?').fill('2026-09-01');
    await page.getByRole('button', { name: 'Keep this snapshot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your past self' }).waitFor();
    await page.getByText('Everything felt heavy').waitFor();

    // Something for the running list; the next letter starts from it.
    await page.getByRole('textbox', { name: 'Something to tell my past self' }).fill('It gets lighter');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByRole('listitem').filter({ hasText: 'It gets lighter' }).waitFor();

    await page.getByRole('link', { name: 'Write a letter' }).click();
    await page.getByRole('heading', { level: 1, name: 'A letter to my past self' }).waitFor();
    const body = page.getByRole('textbox', { name: 'Your letter' });
    await expect.poll(() => body.inputValue()).toContain('• It gets lighter');
    const panel = page.getByRole('complementary', { name: 'Then and now' });
    await panel.getByText('Sessions attended').waitFor();
    // The only count with data behind it; its number is the last definition in the panel.
    expect(await panel.getByRole('definition').last().textContent()).toBe('1');
    await panel.getByText('Everything felt heavy').waitFor();
    expect(await panel.getByText('Journal entries written').count()).toBe(0);

    // Empty letter: a gentle message, the seal choice kept.
    await body.fill('');
    await page.getByRole('button', { name: 'After a session' }).click();
    await page.getByRole('button', { name: 'Seal this letter' }).click();
    await page.getByRole('alert').filter({ hasText: 'A letter needs a few words' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Words survive a reload (autosaved as a draft).
    await body.fill('Dear me, you were brave to ask for help.');
    await page.getByText('Draft kept.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Your letter' }).inputValue()).toBe('Dear me, you were brave to ask for help.');

    expect(app.errors).toEqual([]);
  });

  it('a letter sealed until the next session is ready once that session happens', async () => {
    const app = await chromium.open();
    const { page } = app;
    await addSession(page, '2026-11-20', '10:00');
    await page.goto('/past-self/letters/new');
    await page.getByRole('textbox', { name: 'Your letter' }).fill('Dear me, you were brave to ask for help.');
    await page.getByRole('button', { name: 'After a session' }).click();

    // A session already reached is refused; the next one is accepted.
    const number = page.getByRole('textbox', { name: 'Open at session number' });
    await number.fill('1');
    await page.getByRole('button', { name: 'Seal this letter' }).click();
    await page.getByRole('alert').filter({ hasText: 'You have already had 1 sessions' }).waitFor();
    await number.fill('2');
    await page.getByRole('button', { name: 'Seal this letter' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sealed for now' }).waitFor();
    await page.getByText('Sealed until session 2').waitFor();
    expect(await page.getByText('you were brave').count()).toBe(0);
    const letters = (await readStore(page, 'letters')) as { sealedUntil?: unknown }[];
    expect(letters.map((l) => l.sealedUntil)).toEqual([{ kind: 'session', number: 2 }]);

    // The next session happens (today, 09:00 — before the pinned 09:30).
    await addSession(page, '2026-11-29', '09:00');
    await page.goto('/past-self');
    await page.getByRole('heading', { level: 2, name: 'A letter from your past self is ready' }).waitFor();
    await page.getByRole('link', { name: 'Open the letter' }).click();
    await page.getByText('Dear me, you were brave to ask for help.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to your past self' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your past self' }).waitFor();
    await page.getByRole('link', { name: /Written Sun 29 Nov 2026/ }).waitFor();
    expect(await page.getByRole('heading', { name: 'A letter from your past self is ready' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('my why: write it, change it, and keep the earlier version', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.goto('/why');
    await page.getByRole('heading', { level: 1, name: 'My why' }).waitFor();
    await page.getByRole('button', { name: 'Keep this version' }).click();
    await page.getByRole('alert').filter({ hasText: 'Write a few words' }).waitFor();
    await page.getByRole('textbox', { name: 'Why I started' }).fill('I wanted my evenings back');
    await page.getByRole('button', { name: 'Keep this version' }).click();
    await page.getByRole('status').filter({ hasText: 'Kept.' }).first().waitFor();
    await page.getByRole('textbox', { name: 'A line in my own words' }).fill('Gentle, not perfect');
    await page.getByRole('button', { name: 'Keep this version' }).click();
    const history = page.getByRole('region', { name: 'Earlier versions' });
    await history.getByText('I wanted my evenings back').waitFor();
    await page.getByRole('region', { name: 'My why, as it stands' }).getByText('Gentle, not perfect').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
