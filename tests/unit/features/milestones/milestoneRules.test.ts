import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import type { Milestone } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import { resetDb } from '../../../fixtures/db';

const base = (over: Partial<NewRecord<Milestone>> = {}): NewRecord<Milestone> => ({
  goalId: 'g-1',
  title: 'Breathe slowly',
  schedule: { kind: 'daily' },
  status: 'active',
  startDay: '2026-11-29',
  ...over,
});

describe('milestone rules', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T09:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('refuses empty titles, zero targets and once-dates in the past or far future', async () => {
    await expect(milestonesRepo.add(base({ title: '  ' }))).rejects.toMatchObject({ field: 'title' });
    await expect(milestonesRepo.add(base({ target: { amount: 0, unit: 'minutes' } }))).rejects.toMatchObject({ field: 'target.amount' });
    await expect(milestonesRepo.add(base({ target: { amount: -1, unit: 'minutes' } }))).rejects.toMatchObject({ field: 'target.amount' });
    await expect(milestonesRepo.add(base({ target: { amount: 5, unit: ' ' } }))).rejects.toMatchObject({ field: 'target.unit' });
    await expect(milestonesRepo.add(base({ schedule: { kind: 'once', by: '2026-11-28' } }))).rejects.toMatchObject({ field: 'schedule.by' });
    await expect(milestonesRepo.add(base({ schedule: { kind: 'once', by: '2031-01-01' } }))).rejects.toMatchObject({ field: 'schedule.by' });
    expect(await db.milestones.count()).toBe(0);
    expect((await milestonesRepo.add(base({ schedule: { kind: 'once', by: '2026-11-29' } }))).schedule.kind).toBe('once');
  });

  it('records past days but never a day still ahead', async () => {
    const m = await milestonesRepo.add(base());
    await milestonesRepo.checkOff(m.id, '2026-11-20');
    await expect(milestonesRepo.checkOff(m.id, '2026-11-30')).rejects.toMatchObject({ field: 'day', params: { reason: 'future' } });
    expect((await milestonesRepo.checkoffsBetween(m.id, '2026-01-01', '2027-01-01')).map((c) => c.day)).toEqual(['2026-11-20']);
    // Done before its start day: the step simply started earlier.
    expect((await milestonesRepo.get(m.id))?.startDay).toBe('2026-11-20');
  });

  it('edits title, schedule and target, removing the target when left out', async () => {
    const m = await milestonesRepo.add(base({ target: { amount: 5, unit: 'minutes' } }));
    await expect(milestonesRepo.edit(m.id, { title: 'x', schedule: { kind: 'perWeek', times: 9 }, target: undefined })).rejects.toMatchObject({ field: 'schedule.times' });
    await expect(milestonesRepo.edit(m.id, { title: 'x', schedule: { kind: 'once', by: '2020-01-01' }, target: undefined })).rejects.toMatchObject({ field: 'schedule.by' });
    expect(await milestonesRepo.get(m.id)).toMatchObject({ title: 'Breathe slowly', schedule: { kind: 'daily' }, target: { amount: 5 } });
    const edited = await milestonesRepo.edit(m.id, { title: 'Breathe', schedule: { kind: 'weekdays', days: [3, 1] }, target: undefined });
    expect(edited).toMatchObject({ title: 'Breathe', schedule: { kind: 'weekdays', days: [1, 3] }, startDay: '2026-11-29' });
    expect('target' in edited).toBe(false);
  });

  it('keeps paused spans so those days never count', async () => {
    const m = await milestonesRepo.add(base());
    await milestonesRepo.setStatus(m.id, 'paused', '2026-12-01');
    await milestonesRepo.setStatus(m.id, 'archived', '2026-12-02');
    await milestonesRepo.setStatus(m.id, 'active', '2026-12-05');
    const back = await milestonesRepo.get(m.id);
    expect(back).toMatchObject({ status: 'active', pauses: [{ from: '2026-12-01', to: '2026-12-05' }] });
    await expect(milestonesRepo.setStatus(m.id, 'gone' as Milestone['status'])).rejects.toMatchObject({ field: 'status' });
  });
});
