import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';
import { readStore } from './support/idb';

const chromium = useBrowser();
const CANARY = 'The heron stood still in the reeds';

/** Leave some words on the device: text shared into Between is kept as a draft. */
async function writeSomething(page: Page) {
  await page.goto(`/journal/new?text=${encodeURIComponent(CANARY)}`);
  await expect.poll(() => new URL(page.url()).search).toBe('');
}

async function counts(page: Page): Promise<string> {
  await page.goto('/settings');
  const card = page.getByRole('heading', { name: 'What is stored' }).locator('..');
  await card.waitFor();
  // The counts load a moment after the card; wait until they are shown.
  await expect.poll(() => card.innerText()).not.toContain('Opening…');
  return card.innerText();
}

async function backUp(page: Page, passphrase: string): Promise<string> {
  await page.goto('/settings/backup');
  await page.getByRole('textbox', { name: 'Passphrase for this backup' }).fill(passphrase);
  await page.getByRole('textbox', { name: 'Type the passphrase again' }).fill(passphrase);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save backup file' }).click();
  const path = await (await download).path();
  await page.getByText(/^Backup ready: between-backup-2026-11-29-protected\.json/).waitFor();
  return path;
}

async function deleteEverything(page: Page) {
  await page.goto('/settings/backup');
  await page.getByRole('textbox', { name: 'To confirm, type “delete”' }).fill('delete');
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByText('Everything was deleted from this device.').waitFor();
}

describe('backup and restore', () => {
  it('backs up with a passphrase, deletes everything, and restores it', async () => {
    const { page } = await chromium.open();
    await writeSomething(page);
    expect(await counts(page)).toContain('Drafts');
    const file = await backUp(page, 'a long passphrase');
    expect(readFileSync(file, 'utf8')).not.toContain('heron');
    await page.getByText(/^Last backup: /).waitFor();

    await deleteEverything(page);
    expect(await counts(page)).toContain('Nothing yet.');

    await page.goto('/settings/backup');
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByText('It is protected by a passphrase.').waitFor();
    await page.getByRole('textbox', { name: 'Passphrase of this backup' }).fill('a long passphrase');
    await page.getByRole('button', { name: 'Merge with what is here' }).click();
    await page.getByText(/^Done\. \d+ items added/).waitFor();

    expect(JSON.stringify(await readStore(page, 'drafts'))).toContain(CANARY);
  });

  it('says so kindly and changes nothing for a wrong passphrase or a file that is not a backup', async () => {
    const { page } = await chromium.open();
    await writeSomething(page);
    const file = await backUp(page, 'a long passphrase');
    const before = await counts(page);

    await page.goto('/settings/backup');
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByRole('textbox', { name: 'Passphrase of this backup' }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Replace everything here' }).click();
    await page.getByRole('button', { name: 'Yes, replace everything on this device' }).click();
    await page.getByText('That passphrase does not open this backup.', { exact: false }).waitFor();

    await page.getByLabel('Backup file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    await page.getByText('This file is not a Between backup. Nothing was changed.').waitFor();
    expect(await counts(page)).toBe(before);
  });

  it('suggests a fresh backup early once a lot arrives after the last one, until "Not now"', async () => {
    const { page } = await chromium.open();
    await writeSomething(page);
    await page.goto('/settings/backup');
    await page.getByRole('checkbox', { name: /^Save without a passphrase/ }).check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save backup file' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { counts: Record<string, number>; content: string };
    await page.getByText(/^Backup ready: /).waitFor();

    // Twenty entries written on another phone arrive by merging its backup (same format, new checksum).
    const content = JSON.parse(file.content) as { tables: Record<string, unknown[]> };
    // Written after this device's backup (and before the "Not now" below), by the page's clock.
    const at = await page.evaluate(() => new Date().toISOString());
    content.tables.journalEntries = Array.from({ length: 20 }, (_, i) => ({
      id: `from-other-phone-${i}`, createdAt: at, updatedAt: at, day: '2026-11-28', title: `Evening ${i}`, body: 'A quiet walk home', tags: [], bringToSession: 0,
    }));
    const json = JSON.stringify(content);
    const merged = { ...file, counts: { ...file.counts, journalEntries: 20 }, sha256: createHash('sha256').update(json).digest('hex'), content: json };
    await page.getByLabel('Backup file').setInputFiles({ name: 'other-phone.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(merged)) });
    await page.getByRole('button', { name: 'Merge with what is here' }).click();
    await page.getByText(/^Done\. 20 items added/).waitFor();

    await page.goto('/today');
    const suggestion = page.getByText("You've written and logged a lot since your last backup — a fresh one keeps all of it safe.");
    await suggestion.waitFor();
    // Today has other "Not now" buttons (e.g. the intake invitation): use the one in this card.
    await page.getByRole('heading', { name: 'Keep a copy of your words' }).locator('..').getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => suggestion.count()).toBe(0);
  });

  it('asks for the confirmation word before deleting anything', async () => {
    const { page } = await chromium.open();
    await writeSomething(page);
    await page.goto('/settings/backup');
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByText('Type “delete” to confirm.').waitFor();
    expect(await counts(page)).toContain('Drafts');
  });
});
