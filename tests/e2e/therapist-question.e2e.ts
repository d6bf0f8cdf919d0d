import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';

const chromium = useBrowser();

const QUESTION = 'What felt a little easier this week, and what made it so?';

/** Compose on the therapist page and return the link it made. */
async function compose(page: Page, { axe = false } = {}): Promise<string> {
  await page.goto('/for-therapists');
  await page.getByRole('heading', { level: 1, name: 'For therapists' }).waitFor();
  await page.getByRole('textbox', { name: 'Your question' }).fill(QUESTION);
  await page.getByRole('button', { name: 'Add a follow-up prompt' }).click();
  await page.getByRole('textbox', { name: 'Follow-up prompt 1' }).fill('Who was around?');
  // PINNED_NOW is Sunday 29 November 2026: the Thursday after is 3 December.
  await page.getByLabel('Answer by (optional)').fill('2026-12-03');
  await page.getByRole('textbox', { name: 'Your name as your client will see it (optional)' }).fill('Dr Lee');
  await page.getByRole('button', { name: 'Make link and QR code' }).click();
  await page.getByRole('img', { name: 'QR code that opens this question in Between' }).waitFor();
  if (axe) expect(await axeViolations(page)).toEqual([]);
  return page.getByRole('textbox', { name: 'Link for your client' }).inputValue();
}

describe("the therapist's question", () => {
  it('travels from the therapist page to a fresh phone, onto Today, answered, and off Today', async () => {
    const therapist = await chromium.open();
    const link = await compose(therapist.page, { axe: true });
    expect(link).toMatch(/\/q#v1\.[A-Za-z0-9_-]+$/);

    const client = await chromium.open();
    const { page } = client;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'A question from your therapist' }).waitFor();
    const preview = page.getByRole('region', { name: 'This will be added to your inbox' });
    await preview.getByText('It says it is from Dr Lee. Between cannot check who really sent it.').waitFor();
    await preview.getByText(QUESTION).waitFor();
    await preview.getByText('Who was around?').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Add to my inbox' }).click();
    await page.getByText('Added to your inbox.').waitFor();
    // The payload does not linger in the address bar.
    expect(new URL(page.url()).hash).toBe('');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    const card = page.getByRole('region', { name: 'From your therapist' });
    await card.getByText(QUESTION).waitFor();
    await card.getByText('From Dr Lee · Due in 4 days (Thursday)').waitFor();
    await card.getByRole('link', { name: 'Answer' }).click();
    await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    // The editor shows the question (as text) above the page, then answering saves it.
    const header = page.getByRole('complementary', { name: 'Your therapist’s question' });
    await header.getByText(QUESTION).waitFor();
    await header.getByText('Who was around?').waitFor();
    await page.getByRole('textbox', { name: 'Your entry' }).fill('Walking to work felt easier: the sun was out.');
    await page.getByRole('status').getByText('Saved').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await page.getByRole('region', { name: 'A question for today' }).waitFor();
    expect(await page.getByRole('region', { name: 'From your therapist' }).count()).toBe(0);
    await page.goto('/inbox');
    await page.getByRole('heading', { level: 2, name: 'Answered' }).waitFor();
    expect(client.errors).toEqual([]);
  });

  it('imports the same link only once, by paste, and lists it in the inbox', async () => {
    const app = await chromium.open();
    const { page } = app;
    const link = await compose(page);
    await page.goto('/inbox/import');
    for (const outcome of ['Added to your inbox.', 'You already have this question. Nothing new was added.']) {
      await page.getByRole('textbox', { name: 'Link or question' }).fill(`Here it is: ${link}`);
      await page.getByRole('button', { name: 'Show what will be added' }).click();
      await page.getByRole('button', { name: 'Add to my inbox' }).click();
      await page.getByText(outcome).waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to inbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    // The rows load after the heading: wait for them, then count (a duplicate would show as 2 and never settle on 1).
    await page.getByRole('heading', { level: 2, name: 'Waiting for an answer' }).waitFor();
    await expect.poll(() => page.getByText(QUESTION).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Snooze it to Friday: it leaves Today; bring it back and archive it, with undo.
    await page.getByRole('button', { name: 'Snooze' }).click();
    await page.getByLabel('Snooze until').fill('2026-12-04');
    await page.getByRole('button', { name: 'Snooze until this day' }).click();
    await page.getByText('Back in your inbox on Friday 4 December').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await page.getByRole('region', { name: 'A question for today' }).waitFor();
    expect(await page.getByRole('region', { name: 'From your therapist' }).count()).toBe(0);
    await page.goto('/inbox');
    await page.getByRole('button', { name: 'Bring back now' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('heading', { level: 2, name: 'Archived' }).waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { level: 2, name: 'Waiting for an answer' }).waitFor();
  });

  it('explains a corrupted link in plain words and adds nothing', async () => {
    const therapist = await chromium.open();
    const link = await compose(therapist.page);

    const app = await chromium.open();
    const { page } = app;
    await page.goto('/inbox/import');
    await page.getByRole('textbox', { name: 'Link or question' }).fill(link.slice(0, -8));
    await page.getByRole('button', { name: 'Show what will be added' }).click();
    await page.getByRole('alert').getByText(/cut short or changed on the way/).waitFor();
    expect(await page.getByRole('button', { name: 'Add to my inbox' }).count()).toBe(0);

    await page.goto(link.replace('#v1.', '#v1.x'));
    await page.getByRole('alert').getByText(/cut short or changed on the way/).waitFor();
    await page.goto('/inbox');
    await page.getByRole('heading', { level: 2, name: 'No questions yet' }).waitFor();
  });

  it('reads the QR code from a photo', async () => {
    const therapist = await chromium.open();
    await compose(therapist.page);
    // Turn the on-screen QR code into a PNG, as a phone photo of the screen would be.
    const png = await therapist.page.getByRole('img', { name: 'QR code that opens this question in Between' }).screenshot();

    const app = await chromium.open();
    const { page } = app;
    await page.goto('/inbox/import');
    await page.getByLabel('Choose a photo of the QR code').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: png });
    const preview = page.getByRole('region', { name: 'This will be added to your inbox' });
    await preview.getByText(QUESTION).waitFor();
    await preview.getByRole('button', { name: 'Add to my inbox' }).click();
    await page.getByText('Added to your inbox.').waitFor();
  });
});
