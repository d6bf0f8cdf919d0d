import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate } from '../../../../src/app/router';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import NewReminderScreen from '../../../../src/features/reminders/NewReminderScreen';
import { remindersRepo } from '../../../../src/features/reminders/reminders.repo';
import { TodayRemindersCard } from '../../../../src/features/reminders/TodayRemindersCard';
import { ReminderForm } from '../../../../src/features/reminders/ReminderForm';
import { ValidationError } from '../../../../src/lib/errors';
import { resetDb } from '../../../fixtures/db';

describe('new reminder screen', () => {
  beforeEach(async () => {
    await resetDb();
    navigate('/settings/reminders/new', { replace: true });
  });

  it('refuses a reminder with no time, saving nothing, then saves with neutral wording', async () => {
    const user = userEvent.setup();
    render(<NewReminderScreen />);
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Pick a time — for example 21:00.')).toHaveAttribute('role', 'alert');
    expect(screen.getByLabelText('Time 1')).toHaveAttribute('aria-invalid', 'true');
    expect(await remindersRepo.listAll()).toEqual([]);

    const time = screen.getByLabelText('Time 1');
    await user.type(time, '21:00');
    await user.click(screen.getByRole('button', { name: 'Check-in' }));
    await user.click(screen.getByRole('button', { name: 'Mon' }));
    await user.click(screen.getByRole('button', { name: 'Thu' }));
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    await waitFor(async () => expect(await remindersRepo.listAll()).toHaveLength(1));
    const [saved] = await remindersRepo.listAll();
    expect(saved).toMatchObject({
      target: { kind: 'checkin' },
      times: ['21:00'],
      weekdays: [1, 4],
      title: 'Between — a moment for you',
      showDetails: 0,
      enabled: 1,
    });
    expect(saved?.quiet).toBeUndefined();
    expect(window.location.pathname).toBe('/settings/reminders');
  });

  it('needs a step picked for a milestone reminder and offers only active steps', async () => {
    const m = await milestonesRepo.add({ goalId: 'g1', title: 'Walk 10 minutes', schedule: { kind: 'daily' }, status: 'active', startDay: '2026-11-01' });
    await milestonesRepo.add({ goalId: 'g1', title: 'Old step', schedule: { kind: 'daily' }, status: 'archived', startDay: '2026-11-01' });
    navigate('/settings/reminders/new?kind=milestone', { replace: true });
    const user = userEvent.setup();
    render(<NewReminderScreen />);
    await user.type(screen.getByLabelText('Time 1'), '08:00');
    const select = await screen.findByLabelText('Which small step?');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Pick a step', 'Walk 10 minutes']);
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Pick the small step this reminder is for.')).toBeInTheDocument();
    await user.selectOptions(select, m.id);
    await user.click(screen.getByRole('checkbox', { name: 'Quiet hours' }));
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    await waitFor(async () => expect(await remindersRepo.listAll()).toHaveLength(1));
    expect((await remindersRepo.listAll())[0]).toMatchObject({ target: { kind: 'milestone', id: m.id }, quiet: { from: '22:00', to: '07:00' } });
  });
});

describe('TodayRemindersCard', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date('2026-11-29T09:00:00Z') });
    await resetDb();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows nothing until something is due, then what is due and, a minute-tick later, what was missed', async () => {
    await remindersRepo.add({ target: { kind: 'journal' }, times: ['09:20', '10:00'], weekdays: [], title: 'Between — a moment for you', body: '', showDetails: 0, enabled: 1 });
    vi.setSystemTime(new Date('2026-11-29T09:10:00Z'));
    const { container } = render(<TodayRemindersCard />);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(container).toBeEmptyDOMElement();

    // The clock jumps ahead (the phone slept): the next minute tick recomputes.
    await act(async () => {
      vi.advanceTimersByTime(2 * 60 * 60_000 + 60_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const card = await screen.findByRole('region', { name: 'Reminders' });
    const missed = within(card).getByRole('heading', { name: 'Since you were last here' });
    expect(missed).toBeInTheDocument();
    expect(within(card).queryByRole('heading', { name: 'Now' })).toBeNull();
    const links = within(card).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['A moment to writeat 10:00', 'A moment to writeat 09:20']);
    expect(links[0]).toHaveAttribute('href', '/journal/new');

    await userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) }).click(within(card).getByRole('button', { name: 'Got it — clear the list' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Reminders' })).toBeNull());
  });

  it('lists a reminder in the last hour under "Now"', async () => {
    await remindersRepo.add({ target: { kind: 'standalone' }, times: ['09:30'], weekdays: [], title: 'Stretch', body: '', showDetails: 0, enabled: 1 });
    vi.setSystemTime(new Date('2026-11-29T09:45:00Z'));
    render(<TodayRemindersCard />);
    const card = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(card).getByRole('heading', { name: 'Now' })).toBeInTheDocument();
    expect(within(card).getByRole('link').textContent).toBe('Stretchat 09:30');
  });
});

describe('ReminderForm', () => {
  it('shows the repo\'s refusal of a malformed time inline (browsers without a time picker)', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.reject(new ValidationError('times', 'validation.invalidTime')));
    render(<ReminderForm onSave={onSave} onCancel={() => undefined} />);
    await user.type(screen.getByLabelText('Time 1'), '07:15');
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Use hours and minutes, like 08:30.')).toHaveAttribute('role', 'alert');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ times: ['07:15'], target: { kind: 'standalone' } }));
  });
});
