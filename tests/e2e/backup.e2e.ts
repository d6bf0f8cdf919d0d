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

  it('asks for the confirmation word before deleting anything', async () => {
    const { page } = await chromium.open();
    await writeSomething(page);
    await page.goto('/settings/backup');
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByText('Type “delete” to confirm.').waitFor();
    expect(await counts(page)).toContain('Drafts');
  });
});
