import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate } from '../../../../src/app/router';
import type { JournalEntry } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import JournalScreen from '../../../../src/features/journal/JournalScreen';
import NewEntryScreen from '../../../../src/features/journal/NewEntryScreen';
import { getDraft } from '../../../../src/features/drafts/drafts.repo';
import { resetDb } from '../../../fixtures/db';

function entry(over: Partial<NewRecord<JournalEntry>>): NewRecord<JournalEntry> {
  return { day: '2026-11-20', title: '', body: 'words', tags: [], bringToSession: 0, ...over };
}

describe('journal screens', () => {
  beforeEach(async () => {
    await resetDb();
    navigate('/journal', { replace: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is kind when empty', async () => {
    render(<JournalScreen />);
    expect(await screen.findByRole('heading', { name: 'Your journal will live here' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write' })).toHaveAttribute('href', '/journal/new');
  });

  it('groups by day newest first, highlights matches as text, and filters', async () => {
    await journalRepo.add(entry({ day: '2026-11-20', title: 'Older', body: '<img src=x onerror=alert(1)> river walk' }));
    await journalRepo.add(entry({ day: '2026-11-25', body: 'Talked with my sister\nthen slept', tags: ['family'], bringToSession: 1 }));
    const user = userEvent.setup();
    render(<JournalScreen />);
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['Wednesday 25 November 2026', 'Friday 20 November 2026']);
    expect(screen.getByRole('link', { name: 'Talked with my sister' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search your journal' }), 'riv');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Talked with my sister' })).not.toBeInTheDocument());
    const lead = screen.getByText(/onerror/).closest('p') as HTMLElement;
    expect(lead.querySelector('img')).toBeNull();
    expect([...lead.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['riv']);

    await user.clear(screen.getByRole('searchbox', { name: 'Search your journal' }));
    await user.selectOptions(await screen.findByLabelText('Tag'), 'family');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Older' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Talked with my sister' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.click(screen.getByRole('checkbox', { name: 'Only entries to bring to a session' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Older' })).not.toBeInTheDocument());
  });

  it('deletes with Undo', async () => {
    const e = await journalRepo.add(entry({ title: 'Keep me' }));
    const user = userEvent.setup();
    render(<JournalScreen />);
    await user.click(await screen.findByRole('button', { name: 'Delete “Keep me”' }));
    expect(await screen.findByText('Deleted “Keep me”.')).toBeInTheDocument();
    expect(await journalRepo.get(e.id)).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await journalRepo.get(e.id)).toBeDefined());
    expect(await screen.findByRole('link', { name: 'Keep me' })).toBeInTheDocument();
  });

  it('pages with Show more', async () => {
    await journalRepo.add(entry({ day: '2026-01-01', title: 'The oldest' }));
    for (let i = 0; i < 50; i += 1) await journalRepo.add(entry({ day: '2026-11-01', title: `Entry ${i}` }));
    const user = userEvent.setup();
    render(<JournalScreen />);
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: 'The oldest' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('the editor autosaves into a draft, refuses a future day inline, and says Saved', async () => {
    navigate('/journal/new?day=2026-12-31', { replace: true });
    const user = userEvent.setup();
    render(<NewEntryScreen />);
    const body = await screen.findByRole('textbox', { name: 'Your entry' });
    expect(window.location.search).toBe('');
    expect(screen.getByText(/That day is still ahead/)).toHaveAttribute('role', 'alert');
    await user.type(body, 'Tomorrow I will rest');
    await waitFor(async () => expect((await getDraft('journal:new'))?.payload).toMatchObject({ body: 'Tomorrow I will rest' }), { timeout: 3000 });
    expect(await journalRepo.listAll()).toEqual([]);
    const day = screen.getByLabelText('Day this is about');
    await user.clear(day);
    await user.type(day, '2026-11-01');
    await waitFor(async () => expect(await journalRepo.listAll()).toHaveLength(1), { timeout: 3000 });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    const tags = screen.getByRole('combobox', { name: 'Tags' });
    await user.type(tags, 'rest,');
    expect(within(screen.getByRole('list', { name: 'Tags on this entry' })).getByText('rest')).toBeInTheDocument();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 700));
    });
    expect((await journalRepo.listAll())[0]?.tags).toEqual(['rest']);
  });
});
