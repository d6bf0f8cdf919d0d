import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate } from '../../../../src/app/router';
import EditReminderScreen from '../../../../src/features/reminders/EditReminderScreen';
import NewReminderScreen from '../../../../src/features/reminders/NewReminderScreen';
import RemindersScreen from '../../../../src/features/reminders/RemindersScreen';
import { remindersRepo } from '../../../../src/features/reminders/reminders.repo';
import { TodayRemindersCard } from '../../../../src/features/reminders/TodayRemindersCard';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { resetDb } from '../../../fixtures/db';

const HOURS_ERROR = 'Use a whole number of hours from 1 to 168 — for example 24 for the day before.';
const prepInput = (hours: number) => ({
  target: { kind: 'sessionPrep' as const },
  times: [],
  weekdays: [],
  beforeSession: { hours },
  title: 'Between — a moment for you',
  body: '',
  showDetails: 0 as const,
  enabled: 1 as const,
});

describe('session-prep reminder form', () => {
  beforeEach(async () => {
    await resetDb();
    navigate('/settings/reminders/new', { replace: true });
  });

  it('offers "hours before each session" (24 by default), refuses impossible hours inline and saves nothing', async () => {
    const user = userEvent.setup();
    render(<NewReminderScreen />);
    await user.click(screen.getByRole('button', { name: 'Session prep' }));
    expect(screen.getByRole('button', { name: 'Before each session' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByLabelText('Time 1')).toBeNull();
    const hours = screen.getByLabelText('Hours before each session');
    expect(hours).toHaveValue(24);

    for (const bad of ['0', '169', '1.5', '']) {
      await user.clear(hours);
      if (bad) await user.type(hours, bad);
      await user.click(screen.getByRole('button', { name: 'Save reminder' }));
      expect(await screen.findByText(HOURS_ERROR)).toHaveAttribute('role', 'alert');
      expect(hours).toHaveAttribute('aria-invalid', 'true');
      expect(await remindersRepo.listAll()).toEqual([]);
    }

    await user.clear(hours);
    await user.type(hours, '48');
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    await waitFor(async () => expect(await remindersRepo.listAll()).toHaveLength(1));
    expect((await remindersRepo.listAll())[0]).toMatchObject({
      target: { kind: 'sessionPrep' },
      beforeSession: { hours: 48 },
      times: [],
      title: 'Between — a moment for you',
      showDetails: 0,
    });
  });

  it('can still come at set times instead, which needs a time', async () => {
    const user = userEvent.setup();
    render(<NewReminderScreen />);
    await user.click(screen.getByRole('button', { name: 'Session prep' }));
    await user.click(screen.getByRole('button', { name: 'At times I choose' }));
    expect(screen.queryByLabelText('Hours before each session')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Pick a time — for example 21:00.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Time 1'), '19:00');
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    await waitFor(async () => expect(await remindersRepo.listAll()).toHaveLength(1));
    const [saved] = await remindersRepo.listAll();
    expect(saved).toMatchObject({ target: { kind: 'sessionPrep' }, times: ['19:00'] });
    expect(saved?.beforeSession).toBeUndefined();
  });

  it('editing a before-session reminder shows its hours, and switching to set times drops them', async () => {
    const r = await remindersRepo.add(prepInput(6));
    navigate(`/settings/reminders/${r.id}`, { replace: true });
    const user = userEvent.setup();
    render(<EditReminderScreen />);
    expect(await screen.findByLabelText('Hours before each session')).toHaveValue(6);
    await user.click(screen.getByRole('button', { name: 'At times I choose' }));
    await user.type(screen.getByLabelText('Time 1'), '08:15');
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    await waitFor(() => expect(window.location.pathname).toBe('/settings/reminders'));
    const saved = await remindersRepo.get(r.id);
    expect(saved?.beforeSession).toBeUndefined();
    expect(saved?.times).toEqual(['08:15']);
  });
});

describe('session-prep reminders in lists', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-29T10:10:00Z') });
    await resetDb();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the reminders list says "24 hours before each session" and when it comes next, or that it waits for a session', async () => {
    const r = await remindersRepo.add(prepInput(24));
    navigate('/settings/reminders', { replace: true });
    render(<RemindersScreen />);
    const card = (await screen.findByRole('heading', { level: 2, name: 'Getting ready for your session' })).closest('li');
    if (!card) throw new Error('no card');
    await within(card).findByText(/It will come before your next session/);
    expect(within(card).getByText(/24 hours before each session/)).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Add to calendar/ })).toBeNull();
    expect(screen.getByText(/Reminders before a session go in for your next 10 sessions/)).toBeInTheDocument();

    await act(async () => {
      await sessionsRepo.add({ startsAt: '2026-12-01T10:00:00.000Z', day: '2026-12-01' });
    });
    await within(card).findByText(/Next: Mon 10:00/);
    expect(within(card).getByRole('button', { name: 'Add to calendar: Getting ready for your session' })).toBeInTheDocument();
    expect(within(card).queryByText(/It will come before your next session/)).toBeNull();
    expect(r.beforeSession).toEqual({ hours: 24 });
  });

  it('Today lists it once it is due, naming the session it is for', async () => {
    await sessionsRepo.add({ startsAt: '2026-11-30T10:00:00.000Z', day: '2026-11-30' });
    await remindersRepo.add({ ...prepInput(24), title: 'Prep' });
    render(<TodayRemindersCard />);
    const card = await screen.findByRole('region', { name: 'Reminders' });
    expect(within(card).getByRole('heading', { name: 'Now' })).toBeInTheDocument();
    expect(within(card).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Getting ready for your sessionat 10:00 · for your session Mon 30 Nov 10:00', '/sessions/prep'],
    ]);
  });
});
