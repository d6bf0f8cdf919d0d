import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { navigate } from '../../../../src/app/router';
import { goalsRepo } from '../../../../src/features/goals/goals.repo';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import { logsRepo } from '../../../../src/features/logs/logs.repo';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import { TodayScreen } from '../../../../src/features/today/TodayScreen';
import { todayLocal } from '../../../../src/lib/days';
import { resetDb } from '../../../fixtures/db';

const metric = { kind: 'rating', label: 'calm', lowLabel: 'tense', highLabel: 'calm', higherIsBetter: true } as const;

describe('TodayScreen', () => {
  beforeEach(async () => {
    await resetDb();
    navigate('/today', { replace: true });
  });

  it('welcomes an empty day kindly and offers a first goal', async () => {
    render(<TodayScreen />);
    expect(await screen.findByRole('heading', { name: 'Welcome back' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set a goal' })).toHaveAttribute('href', '/goals/new');
  });

  it('checks a step off in one tap, celebrates, and undoes', async () => {
    const user = userEvent.setup();
    const g = await goalsRepo.add({ title: 'Calmer evenings', value: '', why: '', withTherapist: 0, metric });
    const m = await milestonesRepo.add({ goalId: g.id, title: 'Breathe for 5 minutes', schedule: { kind: 'daily' }, status: 'active', startDay: todayLocal() });
    render(<TodayScreen />);
    const step = await screen.findByRole('button', { name: 'Breathe for 5 minutes' }, { timeout: 5000 });
    expect(step).toHaveAttribute('aria-pressed', 'false');
    await user.click(step);
    await waitFor(() => expect(step).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByText(/^(Done\. One small step|Nicely done|There it is|Done for today)/)).toBeInTheDocument();
    expect(await milestonesRepo.checkoffsBetween(m.id, todayLocal(), todayLocal())).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Add how it went' }));
    await user.click(screen.getByRole('button', { name: 'Hard' }));
    await user.type(screen.getByLabelText('What got in the way?'), 'A late meeting');
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    expect(await screen.findByText('Notes saved.')).toBeInTheDocument();
    const [row] = await milestonesRepo.checkoffsBetween(m.id, todayLocal(), todayLocal());
    expect(row).toMatchObject({ how: 'hard', gotInTheWay: 'A late meeting' });

    await user.click(step);
    await waitFor(() => expect(step).toHaveAttribute('aria-pressed', 'false'));
    expect(screen.getByText('Check-off undone.')).toBeInTheDocument();
    expect(await milestonesRepo.checkoffsBetween(m.id, todayLocal(), todayLocal())).toHaveLength(0);
  });

  it('opens the success capture focused from the shortcut and saves it', async () => {
    const user = userEvent.setup();
    navigate('/today?capture=success', { replace: true });
    render(<TodayScreen />);
    const field = await screen.findByLabelText('What went well?', {}, { timeout: 5000 });
    await waitFor(() => expect(field).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Write a few words first — even one is enough.')).toBeInTheDocument();
    expect(await logsRepo.listAll()).toEqual([]);
    await user.type(field, 'Asked for help at work');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Success saved.')).toBeInTheDocument();
    expect(await logsRepo.listAll()).toMatchObject([{ kind: 'success', text: 'Asked for help at work', day: todayLocal() }]);
  });

  it('adds a journal line as a one-line entry for today', async () => {
    const user = userEvent.setup();
    render(<TodayScreen />);
    await user.click(await screen.findByRole('button', { name: 'A journal line' }, { timeout: 5000 }));
    await user.type(screen.getByLabelText('One line for your journal'), 'Slept better.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Added to your journal.')).toBeInTheDocument();
    expect(await journalRepo.listAll()).toMatchObject([{ day: todayLocal(), body: 'Slept better.', title: '' }]);
  });
});
