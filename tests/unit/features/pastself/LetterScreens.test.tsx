import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { navigate } from '../../../../src/app/router';
import LetterScreen from '../../../../src/features/pastself/LetterScreen';
import { lettersRepo } from '../../../../src/features/pastself/pastself.repo';
import PastSelfScreen from '../../../../src/features/pastself/PastSelfScreen';
import { resetDb } from '../../../fixtures/db';

// Writes reach the screen through live queries; on a busy machine that can take
// longer than Testing Library's 1 s default, so waits here are generous.
configure({ asyncUtilTimeout: 5000 });

describe('letters to my past self: delete with Undo', () => {
  beforeEach(async () => {
    await resetDb();
    navigate('/past-self', { replace: true });
  });

  it('deletes any letter from the list, sealed ones too, and Undo brings it back', async () => {
    await lettersRepo.add({ body: 'It gets lighter', day: '2024-03-04' });
    const sealed = await lettersRepo.add({ body: 'Not yet', day: '2024-05-01', sealedUntil: { kind: 'session', number: 40 } });
    const user = userEvent.setup();
    render(<PastSelfScreen />);
    await user.click(await screen.findByRole('button', { name: 'Delete the letter written Wed 1 May 2024' }));
    await waitFor(() => expect(screen.queryByText('A sealed letter')).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: /Written Mon 4 Mar 2024/ })).toBeInTheDocument();
    expect(screen.getByText('Letter deleted.')).toBeInTheDocument();
    expect(await lettersRepo.get(sealed.id)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('A sealed letter')).toBeInTheDocument();
    expect((await lettersRepo.get(sealed.id))?.sealedUntil).toEqual({ kind: 'session', number: 40 });
  }, 20_000);

  it('deletes an open letter from its page and offers Undo back on the list', async () => {
    const letter = await lettersRepo.add({ body: 'Dear me, you were brave to ask', day: '2024-03-04' });
    navigate(`/past-self/letters/${letter.id}`, { replace: true });
    const user = userEvent.setup();
    const page = render(<LetterScreen />);
    expect(await screen.findByText('Dear me, you were brave to ask')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete this letter' }));
    await waitFor(() => expect(window.location.pathname).toBe('/past-self'));
    expect(window.location.search).toBe(`?deletedLetter=${letter.id}`);
    expect(await lettersRepo.get(letter.id)).toBeUndefined();
    page.unmount();

    render(<PastSelfScreen />);
    expect(await screen.findByText('Letter deleted.')).toBeInTheDocument();
    expect(await screen.findByText(/No letters yet/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: /Written Mon 4 Mar 2024/ })).toBeInTheDocument();
  }, 20_000);
});
