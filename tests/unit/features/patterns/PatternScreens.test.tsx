import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { navigate } from '../../../../src/app/router';
import { patternLogsRepo, patternsRepo } from '../../../../src/features/patterns/patterns.repo';
import PatternScreen from '../../../../src/features/patterns/PatternScreen';
import PatternsScreen from '../../../../src/features/patterns/PatternsScreen';
import { todayLocal } from '../../../../src/lib/days';
import { resetDb } from '../../../fixtures/db';

async function seed() {
  const p = await patternsRepo.addNamed('Should', '');
  await patternsRepo.addNamed('Avoidance', '');
  const day = todayLocal();
  await patternLogsRepo.add({ patternId: p.id, day, occurredAt: new Date().toISOString(), what: 'Skipped lunch to finish', whatIDid: '', tryNext: '' });
  navigate(`/patterns/${p.id}`, { replace: true });
  return p;
}

// Writes reach the screen through live queries; on a busy machine that can take
// longer than Testing Library's 1 s default, so waits here are generous.
configure({ asyncUtilTimeout: 5000 });

describe('a pattern: rename and delete', () => {
  beforeEach(resetDb);

  it('renames in place with kind messages for an empty or taken name', async () => {
    const p = await seed();
    const user = userEvent.setup();
    render(<PatternScreen />);
    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const field = screen.getByRole('textbox', { name: 'New name' });
    expect(field).toHaveValue('Should');

    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save the new name' }));
    expect(await screen.findByText('Give the pattern a name, even a single word.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.type(field, 'avoidance');
    await user.click(screen.getByRole('button', { name: 'Save the new name' }));
    expect(await screen.findByText(/Another of your patterns already has this name/)).toBeInTheDocument();
    expect((await patternsRepo.get(p.id))?.name).toBe('Should');

    // "Keep the old name" closes the form without writing.
    await user.click(screen.getByRole('button', { name: 'Keep the old name' }));
    expect(screen.queryByRole('textbox', { name: 'New name' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name' }));
    await user.type(screen.getByRole('textbox', { name: 'New name' }), 'The “should” voice');
    await user.click(screen.getByRole('button', { name: 'Save the new name' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The “should” voice' })).toBeInTheDocument();
    expect(screen.getByText('Renamed. Everything you noted stays with it.')).toHaveAttribute('role', 'status');
    expect(screen.getByText('Skipped lunch to finish')).toBeInTheDocument();
    expect((await patternsRepo.get(p.id))?.name).toBe('The “should” voice');
  }, 20_000);

  it('deletes the pattern with its notes, and Undo on the list brings both back', async () => {
    const p = await seed();
    const user = userEvent.setup();
    const page = render(<PatternScreen />);
    await user.click(await screen.findByRole('button', { name: 'Delete this pattern' }));
    await waitFor(() => expect(window.location.search).toBe(`?deleted=${p.id}`));
    expect(window.location.pathname).toBe('/patterns');
    expect(await patternsRepo.get(p.id)).toBeUndefined();
    expect(await patternLogsRepo.listForPattern(p.id)).toEqual([]);
    page.unmount();

    render(<PatternsScreen />);
    expect(await screen.findByRole('link', { name: /Avoidance/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Should/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted the pattern and the times you noted it.');
    // The ?deleted marker is cleared so a reload does not offer Undo again.
    await waitFor(() => expect(window.location.search).toBe(''));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: /Should.*Noted once/ })).toBeInTheDocument();
    expect((await patternLogsRepo.listForPattern(p.id)).map((l) => l.what)).toEqual(['Skipped lunch to finish']);
  }, 20_000);
});
