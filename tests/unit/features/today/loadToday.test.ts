import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goalsRepo } from '../../../../src/features/goals/goals.repo';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import { loadToday } from '../../../../src/features/today/loadToday';
import { resetDb } from '../../../fixtures/db';

const metric = { kind: 'rating', label: 'calm', lowLabel: 'tense', highLabel: 'calm', higherIsBetter: true } as const;

describe('loadToday', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T09:30:00Z')); // Sunday
  });
  afterEach(() => vi.useRealTimers());

  it('has nothing for an empty database', async () => {
    expect(await loadToday('2026-11-29')).toEqual({ milestones: [], hasActiveGoals: false });
  });

  it('lists what is due today with done state, skipping paused goals and resting steps', async () => {
    const g = await goalsRepo.add({ title: 'Calmer evenings', value: 'Calm', why: '', withTherapist: 1, metric });
    const other = await goalsRepo.add({ title: 'On hold', value: '', why: '', withTherapist: 0, metric });
    let minute = 0;
    const step = (title: string, schedule: Parameters<typeof milestonesRepo.add>[0]['schedule'], goalId = g.id) => {
      // Created a minute apart: Today lists steps in the order they were added.
      vi.setSystemTime(new Date(Date.parse('2026-11-29T08:00:00Z') + 60_000 * ++minute));
      return milestonesRepo.add({ goalId, title, schedule, status: 'active', startDay: '2026-11-01' });
    };
    const breathe = await step('Breathe', { kind: 'daily' });
    await step('Mondays only', { kind: 'weekdays', days: [1] });
    const twice = await step('Twice a week', { kind: 'perWeek', times: 2 });
    const thrice = await step('Three a week', { kind: 'perWeek', times: 3 });
    await step('Held', { kind: 'daily' }, other.id);
    await goalsRepo.setStatus(other.id, 'paused');
    const resting = await step('Resting', { kind: 'daily' });
    await milestonesRepo.setStatus(resting.id, 'paused');

    await milestonesRepo.checkOff(breathe.id, '2026-11-29');
    await milestonesRepo.checkOff(twice.id, '2026-11-23');
    await milestonesRepo.checkOff(twice.id, '2026-11-25');
    await milestonesRepo.checkOff(thrice.id, '2026-11-24');

    const data = await loadToday('2026-11-29');
    expect(data.hasActiveGoals).toBe(true);
    expect(data.milestones.map((i) => [i.milestone.title, i.state.doneToday, i.state.week?.done ?? null])).toEqual([
      ['Breathe', true, null],
      ['Three a week', false, 1],
    ]);
    expect(data.milestones[0]?.goalTitle).toBe('Calmer evenings');

    await milestonesRepo.undoCheckoff(breathe.id, '2026-11-29');
    expect((await loadToday('2026-11-29')).milestones[0]?.state.doneToday).toBe(false);
  });
});
