import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db';
import type { JournalEntry } from '../../../../src/db';
import { TodayBackupNudge } from '../../../../src/features/backup/TodayBackupNudge';
import { settingsRepo } from '../../../../src/features/settings/settings.repo';
import { resetDb } from '../../../fixtures/db';
import { sampleRows } from '../../../fixtures/rows';

const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
const e: JournalEntry = sampleRows().journalEntries;

/** `count` entries written just now (after any backup set up by the test). */
async function writeEntries(count: number, from = 0): Promise<void> {
  const now = new Date().toISOString();
  await db.journalEntries.bulkAdd(Array.from({ length: count }, (_, i) => ({ ...e, id: `e${from + i}`, createdAt: now, updatedAt: now, body: 'A short line' })));
}

const changesText = /written and logged a lot since your last backup/;

describe('Today backup suggestion', () => {
  beforeEach(resetDb);

  it('appears early once a lot is written after a recent backup, and "Not now" puts it away', async () => {
    const user = userEvent.setup();
    await settingsRepo.set('lastBackupAt', ago(3));
    await writeEntries(19);
    render(<TodayBackupNudge />);
    // Below every threshold: let the live queries settle, nothing shows.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.queryByRole('heading', { name: 'Keep a copy of your words' })).not.toBeInTheDocument();

    await writeEntries(1, 19);
    expect(await screen.findByText(changesText, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Keep a copy of your words' })).toBeInTheDocument();
    expect(await screen.findByText('Last backup: 3 days ago.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Make a backup' })).toHaveAttribute('href', '/settings/backup');

    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByText(changesText)).not.toBeInTheDocument());
    expect(await settingsRepo.get('backupNudgeDismissedAt')).toBeDefined();
  });

  it('keeps the ordinary wording when the last backup is simply old', async () => {
    await settingsRepo.set('lastBackupAt', ago(20));
    await writeEntries(25);
    render(<TodayBackupNudge />);
    expect(await screen.findByText(/A backup file keeps them safe if it is lost or reset/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText(changesText)).not.toBeInTheDocument();
  });

  it('after "Not now" with no backup yet, counts afresh and says so kindly', async () => {
    await settingsRepo.set('backupNudgeDismissedAt', ago(2));
    await writeEntries(20);
    render(<TodayBackupNudge />);
    expect(await screen.findByText(/written and logged a lot lately/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('No backup yet.')).toBeInTheDocument();
  });
});
