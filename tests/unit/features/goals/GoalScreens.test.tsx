import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { navigate } from '../../../../src/app/router';
import { goalsRepo } from '../../../../src/features/goals/goals.repo';
import GoalDetailScreen from '../../../../src/features/goals/GoalDetailScreen';
import NewGoalScreen from '../../../../src/features/goals/NewGoalScreen';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import { flushAll } from '../../../../src/pwa/flush';
import { resetDb } from '../../../fixtures/db';

describe('goal screens', () => {
  beforeEach(async () => {
    await resetDb();
    navigate('/goals/new', { replace: true });
  });

  it('refuses an empty title and a zero target inline, storing nothing, then saves', async () => {
    const user = userEvent.setup();
    render(<NewGoalScreen />);
    await user.click(await screen.findByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Give the goal a short name — a few words is plenty.')).toHaveAttribute('role', 'alert');
    expect(screen.getByLabelText(/What is the goal/)).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText(/What is the goal/), 'Walk more');
    await user.click(screen.getByRole('radio', { name: 'A number with a unit' }));
    await user.type(screen.getByLabelText(/^Unit/), 'minutes');
    await user.type(screen.getByLabelText('Target'), '0');
    await user.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Choose a target above zero, like 20.')).toBeInTheDocument();
    expect(await goalsRepo.listAll()).toEqual([]);
    await user.clear(screen.getByLabelText('Target'));
    await user.type(screen.getByLabelText('Target'), '30');
    await user.click(screen.getByRole('button', { name: 'Health' }));
    await user.click(screen.getByRole('checkbox', { name: 'We set this together in therapy' }));
    await user.click(screen.getByRole('button', { name: 'Save goal' }));
    await waitFor(async () => expect(await goalsRepo.listAll()).toHaveLength(1));
    const [goal] = await goalsRepo.listAll();
    expect(goal).toMatchObject({ title: 'Walk more', value: 'Health', withTherapist: 1, metric: { kind: 'custom', unit: 'minutes', target: 30 } });
    expect(window.location.pathname).toBe(`/goals/${goal?.id ?? ''}`);
  });

  it('keeps unsaved words as a draft and offers them again', async () => {
    const user = userEvent.setup();
    const first = render(<NewGoalScreen />);
    await user.type(await screen.findByLabelText(/What is the goal/), 'Half-written goal');
    await flushAll();
    first.unmount();
    render(<NewGoalScreen />);
    expect(await screen.findByLabelText(/What is the goal/)).toHaveValue('Half-written goal');
    expect(await goalsRepo.listAll()).toEqual([]);
  });

  it('adds a milestone under a goal, refusing a weekly count above 7', async () => {
    const user = userEvent.setup();
    const goal = await goalsRepo.add({
      title: 'Calmer evenings',
      value: 'Calm',
      why: '',
      withTherapist: 0,
      metric: { kind: 'rating', label: 'calm', lowLabel: 'tense', highLabel: 'calm', higherIsBetter: true },
    });
    navigate(`/goals/${goal.id}`, { replace: true });
    render(<GoalDetailScreen />);
    await screen.findByRole('heading', { level: 1, name: 'Calmer evenings' }, { timeout: 5000 });
    await user.type(screen.getByLabelText(/^The step/), 'Tea without screens');
    await user.click(screen.getByRole('radio', { name: 'Times a week' }));
    const times = screen.getByLabelText('How many times a week?');
    await user.clear(times);
    await user.type(times, '8');
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    expect(await screen.findByText('A week has 7 days — choose 1 to 7 times.')).toBeInTheDocument();
    expect(await milestonesRepo.listForGoal(goal.id)).toEqual([]);
    await user.clear(times);
    await user.type(times, '3');
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Tea without screens' })).toBeInTheDocument();
    expect(screen.getByText(/3 times a week/)).toBeInTheDocument();
    expect(screen.getByText('No changes yet. When you adjust the goal, what changed is kept here.')).toBeInTheDocument();
  });
});
