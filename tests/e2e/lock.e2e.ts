import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { readStore } from './support/idb';

const chromium = useBrowser();
const CANARY = 'Grandmother’s kitchen smelled of cardamom';
const PASSPHRASE = 'slow river morning light';
const lockedHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Between is locked' });

/** Turn lock on from Settings and return the recovery key shown on the way. */
async function turnOnLock(page: Page): Promise<string> {
  await page.goto('/settings/lock');
  await page.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Type it again' }).fill(PASSPHRASE);
  await page.getByRole('checkbox', { name: /I understand my words can’t be recovered/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const key = (await page.getByRole('group', { name: 'Recovery key' }).innerText()).trim();
  expect(key).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Turn on lock' }).click();
  await page.getByRole('alert').filter({ hasText: 'Please save the key first' }).waitFor();
  await page.getByRole('checkbox', { name: 'I have saved my recovery key somewhere safe.' }).check();
  await page.getByRole('button', { name: 'Turn on lock' }).click();
  await page.getByRole('status').filter({ hasText: 'Lock is on.' }).waitFor();
  return key;
}

/** Move within the app without reloading it (a reload locks Between again). */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function writeEntry(page: Page, text: string): Promise<void> {
  await go(page, '/journal/new');
  await page.getByRole('textbox', { name: 'Your entry' }).fill(text);
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Passphrase' }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

describe('app lock and encryption at rest', () => {
  it('keeps the words encrypted in IndexedDB and shows nothing until unlocked', async () => {
    const { page } = await chromium.open();
    await page.goto('/');
    await writeEntry(page, `Before lock: ${CANARY}`);
    await turnOnLock(page);
    await writeEntry(page, `After lock: ${CANARY}`);

    // The raw database holds no trace of the sentence, in entries, search index or drafts.
    for (const store of ['journalEntries', 'journalSearch', 'drafts']) {
      expect(JSON.stringify(await readStore(page, store))).not.toContain('cardamom');
    }
    expect(await readStore(page, 'journalEntries')).toHaveLength(2);

    await page.goto('/journal');
    await lockedHeading(page).waitFor();
    expect(await page.content()).not.toContain('cardamom');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await unlock(page, 'slow river morning');
    await page.getByRole('alert').filter({ hasText: 'That passphrase doesn’t open Between.' }).waitFor();
    await unlock(page, PASSPHRASE);
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    await page.getByRole('link', { name: /Before lock: Grandmother/ }).waitFor();
    // Search works on the sealed words while unlocked.
    await page.getByRole('searchbox').fill('cardam');
    await page.getByRole('link', { name: /After lock: Grandmother/ }).waitFor();
    // "Lock now" from More covers everything at once.
    await go(page, '/more');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await lockedHeading(page).waitFor();
    expect(await page.content()).not.toContain('cardamom');
  });

  it('crisis help opens while locked, the recovery key unlocks, and idle time locks again', async () => {
    const { page } = await chromium.open();
    const key = await turnOnLock(page);
    await page.reload();
    await lockedHeading(page).waitFor();
    await page.getByRole('link', { name: 'Need help right now?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Need help now' }).waitFor();
    await page.getByRole('link', { name: 'Back to unlock' }).click();

    await page.getByRole('button', { name: 'Use my recovery key instead' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(key.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
    await page.getByRole('heading', { level: 2, name: 'Choose a new passphrase' }).waitFor();
    await page.getByRole('textbox', { name: 'New passphrase' }).fill('a brand new passphrase');
    await page.getByRole('textbox', { name: 'Type it again' }).fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Save new passphrase' }).click();
    await page.getByRole('status').filter({ hasText: 'Your passphrase is changed.' }).waitFor();

    // Five minutes without a touch (the default) locks Between again.
    await page.clock.fastForward('05:30');
    await lockedHeading(page).waitFor();
    await unlock(page, 'a brand new passphrase');
    await page.getByRole('heading', { level: 1, name: 'App lock' }).waitFor();

    // A reload mid-typing loses nothing: the draft is sealed and comes back after unlocking.
    await go(page, '/journal/new');
    const entry = page.getByRole('textbox', { name: 'Your entry' });
    await entry.click();
    await page.keyboard.type('Half a thought about the sea');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.reload();
    await lockedHeading(page).waitFor();
    expect(JSON.stringify(await readStore(page, 'drafts'))).not.toContain('thought');
    await unlock(page, 'a brand new passphrase');
    await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    await expect.poll(() => entry.inputValue()).toBe('Half a thought about the sea');
  });

  it('turning lock off asks for the passphrase and leaves everything readable', async () => {
    const { page } = await chromium.open();
    await turnOnLock(page);
    await writeEntry(page, CANARY);
    await go(page, '/settings/lock');
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Turn off lock' }).click();
    await page.getByRole('status').filter({ hasText: 'Lock is off.' }).waitFor();
    expect(JSON.stringify(await readStore(page, 'journalEntries'))).toContain('cardamom');
    // With lock off there is nothing to lock from More.
    await go(page, '/more');
    await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lock now' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'More' }).waitFor();
    await page.goto('/journal');
    await page.getByRole('link', { name: /Grandmother/ }).waitFor();
  });
});
