import { beforeEach, describe, expect, it } from 'vitest';
import type { Reminder } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { remindersRepo } from '../../../../src/features/reminders/reminders.repo';
import { milestonesRepo } from '../../../../src/features/milestones/milestones.repo';
import { settingsRepo } from '../../../../src/features/settings/settings.repo';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { resetDb } from '../../../fixtures/db';

function reminder(over: Partial<NewRecord<Reminder>> = {}): NewRecord<Reminder> {
  return {
    target: { kind: 'milestone', id: 'm-1' }, times: ['21:00'], weekdays: [], title: 'A small step',
    body: '', showDetails: 0, enabled: 1, ...over,
  };
}

describe('remindersRepo', () => {
  beforeEach(resetDb);

  it('validates times, weekdays and quiet hours', async () => {
    await expect(remindersRepo.add(reminder({ times: [] }))).rejects.toMatchObject({ field: 'times', messageKey: 'validation.required' });
    await expect(remindersRepo.add(reminder({ times: ['9:00'] }))).rejects.toMatchObject({ field: 'times', messageKey: 'validation.invalidTime' });
    await expect(remindersRepo.add(reminder({ times: ['24:00'] }))).rejects.toMatchObject({ field: 'times' });
    await expect(remindersRepo.add(reminder({ weekdays: [7] }))).rejects.toMatchObject({ field: 'weekdays' });
    await expect(remindersRepo.add(reminder({ quiet: { from: '22:00', to: 'morning' } }))).rejects.toMatchObject({ field: 'quiet.to' });
    await expect(remindersRepo.add(reminder({ title: '' }))).rejects.toMatchObject({ field: 'title' });
    expect(await remindersRepo.listAll()).toEqual([]);
  });

  it('a session-prep reminder before each session: whole hours 1–168, no times, session prep only', async () => {
    const prep = (hours: number, over: Partial<NewRecord<Reminder>> = {}) =>
      reminder({ target: { kind: 'sessionPrep' }, beforeSession: { hours }, ...over });
    for (const hours of [0, 169, 1.5, Number.NaN]) {
      await expect(remindersRepo.add(prep(hours))).rejects.toMatchObject({ field: 'beforeSession.hours', messageKey: 'validation.outOfRange' });
    }
    await expect(remindersRepo.add(prep(24, { target: { kind: 'journal' } }))).rejects.toMatchObject({ field: 'beforeSession' });
    await expect(remindersRepo.add(prep(24, { quiet: { from: '22:00', to: 'late' } }))).rejects.toMatchObject({ field: 'quiet.to' });
    expect(await remindersRepo.listAll()).toEqual([]);
    // Times are not needed and not kept: the sessions decide when it comes.
    const r = await remindersRepo.add(prep(168, { times: ['21:00'], weekdays: [1] }));
    expect(r).toMatchObject({ beforeSession: { hours: 168 }, times: [], weekdays: [] });
    // Back to set times: an explicit undefined removes the offset.
    const back = await remindersRepo.update(r.id, { beforeSession: undefined, times: ['08:00'] });
    expect(back.beforeSession).toBeUndefined();
    expect(back.times).toEqual(['08:00']);
  });

  it('sessionsFor reads only the sessions a before-session reminder could fire for', async () => {
    const s1 = await sessionsRepo.add({ startsAt: '2024-05-01T09:00:00Z', day: '2024-05-01' });
    const s2 = await sessionsRepo.add({ startsAt: '2024-05-03T09:00:00Z', day: '2024-05-03' });
    await sessionsRepo.add({ startsAt: '2024-05-04T09:00:01Z', day: '2024-05-04' });
    const from = new Date('2024-04-30T09:00:00Z');
    const to = new Date('2024-05-01T09:00:00Z');
    const timed = await remindersRepo.add(reminder());
    expect(await remindersRepo.sessionsFor([timed], from, to)).toEqual([]);
    const prep = await remindersRepo.add(reminder({ target: { kind: 'sessionPrep' }, beforeSession: { hours: 48 } }));
    // Up to 48 h after `to`: a session then has its prep time inside the window.
    expect((await remindersRepo.sessionsFor([timed, prep], from, to)).map((s) => s.id)).toEqual([s1.id, s2.id]);
  });

  it('sorts and de-duplicates times and weekdays', async () => {
    const r = await remindersRepo.add(reminder({ times: ['21:00', '08:30', '21:00'], weekdays: [5, 1, 5] }));
    expect(r.times).toEqual(['08:30', '21:00']);
    expect(r.weekdays).toEqual([1, 5]);
  });

  it('listEnabled skips disabled and deleted reminders; listForTarget finds by target', async () => {
    const a = await remindersRepo.add(reminder());
    const b = await remindersRepo.add(reminder({ target: { kind: 'checkin' } }));
    const c = await remindersRepo.add(reminder({ target: { kind: 'journal' } }));
    await remindersRepo.setEnabled(b.id, false);
    await remindersRepo.softDelete(c.id);
    expect((await remindersRepo.listEnabled()).map((r) => r.id)).toEqual([a.id]);
    await remindersRepo.setEnabled(b.id, true);
    expect((await remindersRepo.listEnabled()).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((await remindersRepo.listForTarget('milestone', 'm-1')).map((r) => r.id)).toEqual([a.id]);
    expect((await remindersRepo.listForTarget('checkin')).map((r) => r.id)).toEqual([b.id]);
  });

  it('claimShown hands each occurrence out once, even to concurrent callers, and prunes old ids', async () => {
    await settingsRepo.set('remindersShown', ['old:2026-11-20T09:00', 'keep:2026-11-27T09:00']);
    const [a, b] = await Promise.all([
      remindersRepo.claimShown(['r:2026-11-29T09:00', 'r:2026-11-29T08:00'], '2026-11-26'),
      remindersRepo.claimShown(['r:2026-11-29T09:00'], '2026-11-26'),
    ]);
    expect([...(a ?? []), ...(b ?? [])].sort()).toEqual(['r:2026-11-29T08:00', 'r:2026-11-29T09:00']);
    expect(await remindersRepo.claimShown(['r:2026-11-29T09:00'], '2026-11-26')).toEqual([]);
    expect((await settingsRepo.get('remindersShown'))?.sort()).toEqual(['keep:2026-11-27T09:00', 'r:2026-11-29T08:00', 'r:2026-11-29T09:00']);
  });

  it('markOpened returns the previous open; clearDueList is remembered', async () => {
    expect(await remindersRepo.markOpened(new Date('2026-11-29T09:00:00Z'))).toBeUndefined();
    expect((await remindersRepo.markOpened(new Date('2026-11-29T10:00:00Z')))?.toISOString()).toBe('2026-11-29T09:00:00.000Z');
    expect(await remindersRepo.clearedAt()).toBeUndefined();
    await remindersRepo.clearDueList(new Date('2026-11-29T10:05:00Z'));
    expect((await remindersRepo.clearedAt())?.toISOString()).toBe('2026-11-29T10:05:00.000Z');
  });

  it('target() leads each kind to its screen, a milestone to its goal', async () => {
    const m = await milestonesRepo.add({ goalId: 'g 1', title: 'Walk 10 minutes', schedule: { kind: 'daily' }, status: 'active', startDay: '2026-11-01' });
    const target = async (over: Partial<NewRecord<Reminder>>) => remindersRepo.target(await remindersRepo.add(reminder(over)));
    expect(await target({ target: { kind: 'milestone', id: m.id } })).toEqual({ url: '/goals/g%201', detail: 'Walk 10 minutes', milestoneId: m.id });
    expect(await target({ target: { kind: 'milestone', id: 'gone' } })).toEqual({ url: '/goals' });
    expect(await target({ target: { kind: 'journal' } })).toEqual({ url: '/journal/new' });
    expect(await target({ target: { kind: 'checkin' } })).toEqual({ url: '/checkin' });
    expect(await target({ target: { kind: 'question' } })).toEqual({ url: '/inbox' });
    expect(await target({ target: { kind: 'sessionPrep' } })).toEqual({ url: '/sessions/prep' });
    expect(await target({ target: { kind: 'standalone' } })).toEqual({ url: '/' });
  });

  it('listForSettings puts enabled reminders first, then by time', async () => {
    const late = await remindersRepo.add(reminder({ times: ['21:00'] }));
    const early = await remindersRepo.add(reminder({ times: ['07:00'] }));
    const off = await remindersRepo.add(reminder({ times: ['06:00'], enabled: 0 }));
    expect((await remindersRepo.listForSettings()).map((r) => r.id)).toEqual([early.id, late.id, off.id]);
  });
});
