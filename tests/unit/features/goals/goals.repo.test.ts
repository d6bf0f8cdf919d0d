import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import type { NewGoal } from '../../../../src/features/goals/goals.repo';
import { goalsRepo } from '../../../../src/features/goals/goals.repo';
import { resetDb } from '../../../fixtures/db';

const rating = { kind: 'rating', label: 'Rested', lowLabel: 'exhausted', highLabel: 'rested', higherIsBetter: true } as const;

function goal(over: Partial<NewGoal> = {}): NewGoal {
  return { title: 'Sleep before midnight', value: 'Health', why: 'Mornings', withTherapist: 1, metric: rating, ...over };
}

describe('goalsRepo', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-04-01T12:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('new goals start active at revision 1', async () => {
    const g = await goalsRepo.add(goal());
    expect(g).toMatchObject({ status: 'active', revision: 1, withTherapist: 1 });
  });

  it('validates title and metric', async () => {
    await expect(goalsRepo.add(goal({ title: ' ' }))).rejects.toMatchObject({ field: 'title' });
    await expect(
      goalsRepo.add(goal({ metric: { kind: 'custom', unit: '', target: 30, higherIsBetter: true } })),
    ).rejects.toMatchObject({ field: 'metric.unit' });
    expect(await db.goals.count()).toBe(0);
  });

  it('editing the definition keeps the old version as a revision', async () => {
    const g = await goalsRepo.add(goal());
    vi.setSystemTime(new Date('2024-04-08T12:00:00.000Z'));
    const custom = { kind: 'custom', unit: 'minutes', target: 30, higherIsBetter: false } as const;
    const updated = await goalsRepo.update(g.id, { title: 'Lights out by 23:30', metric: custom });
    expect(updated).toMatchObject({ title: 'Lights out by 23:30', metric: custom, revision: 2, updatedAt: '2024-04-08T12:00:00.000Z' });
    expect(await goalsRepo.get(g.id)).toEqual(updated);
    expect(await goalsRepo.revisions(g.id)).toEqual([
      expect.objectContaining({
        goalId: g.id,
        revision: 1,
        changedAt: '2024-04-08T12:00:00.000Z',
        changedFields: ['title', 'metric'],
        before: { title: 'Sleep before midnight', value: 'Health', why: 'Mornings', withTherapist: 1, metric: rating },
      }),
    ]);
    await goalsRepo.update(g.id, { why: 'Calmer mornings' });
    expect((await goalsRepo.revisions(g.id)).map((r) => [r.revision, r.before.title, r.changedFields])).toEqual([
      [1, 'Sleep before midnight', ['title', 'metric']],
      [2, 'Lights out by 23:30', ['why']],
    ]);
  });

  it('an edit that changes nothing writes no revision', async () => {
    const g = await goalsRepo.add(goal());
    const same = await goalsRepo.update(g.id, { title: 'Sleep before midnight', metric: { ...rating } });
    expect(same).toEqual(g);
    expect(await goalsRepo.revisions(g.id)).toEqual([]);
  });

  it('writes the revision and the goal in one transaction: if the goal write fails, no revision remains', async () => {
    const g = await goalsRepo.add(goal());
    const put = vi.spyOn(db.goals, 'put').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(goalsRepo.update(g.id, { title: 'Changed' })).rejects.toThrow('disk full');
    put.mockRestore();
    expect(await db.goalRevisions.count()).toBe(0);
    expect(await goalsRepo.get(g.id)).toEqual(g);
  });

  it('an invalid edit writes neither goal nor revision', async () => {
    const g = await goalsRepo.add(goal());
    await expect(goalsRepo.update(g.id, { title: '' })).rejects.toMatchObject({ field: 'title' });
    expect(await db.goalRevisions.count()).toBe(0);
    expect(await goalsRepo.get(g.id)).toEqual(g);
  });

  it('setStatus changes status without a revision; listByStatus filters', async () => {
    const a = await goalsRepo.add(goal({ title: 'A' }));
    const b = await goalsRepo.add(goal({ title: 'B' }));
    await goalsRepo.setStatus(a.id, 'paused');
    expect((await goalsRepo.listByStatus('active')).map((g) => g.id)).toEqual([b.id]);
    expect((await goalsRepo.listByStatus('paused')).map((g) => g.id)).toEqual([a.id]);
    expect((await goalsRepo.get(a.id))?.revision).toBe(1);
    expect(await goalsRepo.revisions(a.id)).toEqual([]);
    await goalsRepo.softDelete(b.id);
    expect(await goalsRepo.listByStatus('active')).toEqual([]);
  });
});
