import { beforeEach, describe, expect, it } from 'vitest';
import type { Reminder } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { remindersRepo } from '../../../../src/features/reminders/reminders.repo';
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
});
