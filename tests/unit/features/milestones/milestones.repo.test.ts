import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import type { Milestone, Schedule } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import { RecordNotFoundError } from '../../../../src/lib/errors';
import { resetDb } from '../../../fixtures/db';

function milestone(over: Partial<NewRecord<Milestone>> = {}): NewRecord<Milestone> {
  return { goalId: 'g-1', title: 'Walk 10 minutes', schedule: { kind: 'daily' }, status: 'active', startDay: '2024-05-01', ...over };
}

describe('milestonesRepo', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-06T18:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('validates schedules', async () => {
    const bad: Schedule[] = [
      { kind: 'perWeek', times: 0 },
      { kind: 'perWeek', times: 8 },
      { kind: 'perWeek', times: 2.5 },
      { kind: 'weekdays', days: [] },
      { kind: 'weekdays', days: [7] },
      { kind: 'once', by: 'tomorrow' },
    ];
    for (const schedule of bad) {
      await expect(milestonesRepo.add(milestone({ schedule })), JSON.stringify(schedule)).rejects.toMatchObject({
        field: expect.stringMatching(/^schedule\./) as unknown,
      });
    }
    expect(await db.milestones.count()).toBe(0);
    const ok = await milestonesRepo.add(milestone({ schedule: { kind: 'weekdays', days: [5, 1, 1, 3] } }));
    expect(ok.schedule).toEqual({ kind: 'weekdays', days: [1, 3, 5] });
    expect((await milestonesRepo.add(milestone({ schedule: { kind: 'perWeek', times: 7 } }))).schedule).toEqual({ kind: 'perWeek', times: 7 });
  });

  it('lists milestones for a goal and active ones', async () => {
    const a = await milestonesRepo.add(milestone({ title: 'A' }));
    vi.setSystemTime(new Date('2024-05-06T18:01:00.000Z')); // created later: listed after A
    const b = await milestonesRepo.add(milestone({ title: 'B', status: 'paused' }));
    const c = await milestonesRepo.add(milestone({ title: 'C', goalId: 'g-2' }));
    const d = await milestonesRepo.add(milestone({ title: 'D' }));
    await milestonesRepo.softDelete(d.id);
    expect((await milestonesRepo.listForGoal('g-1')).map((m) => m.id)).toEqual([a.id, b.id]);
    expect((await milestonesRepo.listActive()).map((m) => m.id).sort()).toEqual([a.id, c.id].sort());
  });

  it('checkOff is idempotent per milestone and day: a second check-off updates the same row', async () => {
    const m = await milestonesRepo.add(milestone());
    const first = await milestonesRepo.checkOff(m.id, '2024-05-06', { how: 'hard', gotInTheWay: 'Rain' });
    expect(first).toMatchObject({ milestoneId: m.id, goalId: 'g-1', day: '2024-05-06', how: 'hard', doneAt: '2024-05-06T18:00:00.000Z' });
    vi.setSystemTime(new Date('2024-05-06T19:00:00.000Z'));
    const second = await milestonesRepo.checkOff(m.id, '2024-05-06', { how: 'ok', learned: 'Umbrella' });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ how: 'ok', gotInTheWay: 'Rain', learned: 'Umbrella', doneAt: first.doneAt, updatedAt: '2024-05-06T19:00:00.000Z' });
    expect(await db.checkoffs.count()).toBe(1);
    await milestonesRepo.checkOff(m.id, '2024-05-05');
    expect(await db.checkoffs.count()).toBe(2);
  });

  it('undo hides the check-off; checking off again revives the same row with fresh details', async () => {
    const m = await milestonesRepo.add(milestone());
    const first = await milestonesRepo.checkOff(m.id, '2024-05-06', { how: 'hard', rating: 3 });
    expect(await milestonesRepo.undoCheckoff(m.id, '2024-05-06')).toBe(true);
    expect(await milestonesRepo.undoCheckoff(m.id, '2024-05-06')).toBe(false);
    expect(await milestonesRepo.checkoffsBetween(m.id, '2024-05-01', '2024-05-31')).toEqual([]);
    const again = await milestonesRepo.checkOff(m.id, '2024-05-06', { how: 'easy' });
    expect(again.id).toBe(first.id);
    expect(again.how).toBe('easy');
    expect(again.rating).toBeUndefined();
    expect(again.deletedAt).toBeUndefined();
    expect(await db.checkoffs.count()).toBe(1);
  });

  it('checkoffsBetween is inclusive, per milestone, in day order', async () => {
    const m = await milestonesRepo.add(milestone());
    const other = await milestonesRepo.add(milestone({ title: 'Other' }));
    for (const day of ['2024-05-03', '2024-05-01', '2024-05-02', '2024-05-04']) await milestonesRepo.checkOff(m.id, day);
    await milestonesRepo.checkOff(other.id, '2024-05-02');
    expect((await milestonesRepo.checkoffsBetween(m.id, '2024-05-02', '2024-05-03')).map((c) => c.day)).toEqual(['2024-05-02', '2024-05-03']);
  });

  it('rejects bad details and unknown or deleted milestones without writing', async () => {
    const m = await milestonesRepo.add(milestone());
    await expect(milestonesRepo.checkOff(m.id, '2024-05-06', { rating: 11 })).rejects.toMatchObject({ field: 'rating' });
    await expect(milestonesRepo.checkOff(m.id, '06/05/2024')).rejects.toMatchObject({ field: 'day' });
    await expect(milestonesRepo.checkOff('missing', '2024-05-06')).rejects.toBeInstanceOf(RecordNotFoundError);
    await milestonesRepo.softDelete(m.id);
    await expect(milestonesRepo.checkOff(m.id, '2024-05-06')).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.checkoffs.count()).toBe(0);
  });
});
