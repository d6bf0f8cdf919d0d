import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import { goalsRepo, type NewGoal } from '../../../../src/features/goals/goals.repo';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import { resetDb } from '../../../fixtures/db';

const minutes = { kind: 'custom', unit: 'minutes', target: 20, higherIsBetter: true } as const;
const goal = (over: Partial<NewGoal> = {}): NewGoal => ({ title: 'Move a little', value: 'Health', why: '', withTherapist: 0, metric: minutes, ...over });

describe('goal status and bad input', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T09:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('refuses a target of zero or below, storing nothing', async () => {
    for (const target of [0, -5, Number.NaN]) {
      await expect(goalsRepo.add(goal({ metric: { ...minutes, target } }))).rejects.toMatchObject({ field: 'metric.target' });
    }
    expect(await db.goals.count()).toBe(0);
    const g = await goalsRepo.add(goal());
    await expect(goalsRepo.update(g.id, { metric: { ...minutes, target: 0 } })).rejects.toMatchObject({ field: 'metric.target' });
    expect(await db.goalRevisions.count()).toBe(0);
    expect((await goalsRepo.get(g.id))?.metric).toEqual(minutes);
  });

  it('pausing a goal rests its milestones; reactivating ends that rest, never touching their own pauses', async () => {
    const g = await goalsRepo.add(goal());
    const walk = await milestonesRepo.add({ goalId: g.id, title: 'Walk', schedule: { kind: 'daily' }, status: 'active', startDay: '2026-11-01' });
    const own = await milestonesRepo.add({ goalId: g.id, title: 'Stretch', schedule: { kind: 'daily' }, status: 'active', startDay: '2026-11-01' });
    await milestonesRepo.setStatus(own.id, 'paused', '2026-11-20');
    await goalsRepo.setStatus(g.id, 'paused', '2026-11-25');
    expect((await goalsRepo.get(g.id))?.status).toBe('paused');
    expect((await milestonesRepo.get(walk.id))?.pauses).toEqual([{ from: '2026-11-25', withGoal: true }]);
    await goalsRepo.setStatus(g.id, 'completed', '2026-11-26');
    expect((await milestonesRepo.get(walk.id))?.pauses).toHaveLength(1);
    await goalsRepo.setStatus(g.id, 'active', '2026-11-28');
    expect((await milestonesRepo.get(walk.id))?.pauses).toEqual([{ from: '2026-11-25', to: '2026-11-28', withGoal: true }]);
    expect((await milestonesRepo.get(own.id))?.pauses).toEqual([
      { from: '2026-11-20' },
      { from: '2026-11-25', to: '2026-11-28', withGoal: true },
    ]);
    expect((await goalsRepo.get(g.id))?.revision).toBe(1);
  });
});
