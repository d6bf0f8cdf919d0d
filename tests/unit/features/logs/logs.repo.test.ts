import { beforeEach, describe, expect, it } from 'vitest';
import type { LogItem } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { logsRepo } from '../../../../src/features/logs/logs.repo';
import { resetDb } from '../../../fixtures/db';

function item(kind: LogItem['kind'], day: string, time: string, text = 'it happened'): NewRecord<LogItem> {
  return { kind, text, day, occurredAt: `${day}T${time}:00+01:00` };
}

describe('logsRepo', () => {
  beforeEach(resetDb);

  it('normalises occurredAt to ISO UTC and drops a blank detail', async () => {
    const row = await logsRepo.add({ ...item('success', '2024-06-01', '09:30'), detail: '  ' });
    expect(row.occurredAt).toBe('2024-06-01T08:30:00.000Z');
    expect('detail' in row).toBe(false);
  });

  it('rejects empty text and unknown kinds', async () => {
    await expect(logsRepo.add(item('success', '2024-06-01', '09:00', ''))).rejects.toMatchObject({ field: 'text' });
    await expect(logsRepo.add({ ...item('success', '2024-06-01', '09:00'), kind: 'failure' as LogItem['kind'] })).rejects.toMatchObject({ field: 'kind' });
    expect(await logsRepo.listAll()).toEqual([]);
  });

  it('listSince includes the given day, newest first, without deleted items', async () => {
    await logsRepo.add(item('success', '2024-06-01', '09:00', 'old'));
    await logsRepo.add(item('surprise', '2024-06-03', '08:00', 'morning'));
    await logsRepo.add(item('success', '2024-06-03', '20:00', 'evening'));
    const gone = await logsRepo.add(item('success', '2024-06-04', '10:00', 'gone'));
    await logsRepo.softDelete(gone.id);
    expect((await logsRepo.listSince('2024-06-03')).map((i) => i.text)).toEqual(['evening', 'morning']);
  });

  it('byKind filters by kind and optional day range', async () => {
    await logsRepo.add(item('success', '2024-06-01', '09:00', 's1'));
    await logsRepo.add(item('surprise', '2024-06-02', '09:00', 'u1'));
    await logsRepo.add(item('success', '2024-06-05', '09:00', 's2'));
    expect((await logsRepo.byKind('success')).map((i) => i.text)).toEqual(['s2', 's1']);
    expect((await logsRepo.byKind('success', '2024-06-02')).map((i) => i.text)).toEqual(['s2']);
    expect((await logsRepo.byKind('success', undefined, '2024-06-04')).map((i) => i.text)).toEqual(['s1']);
    expect((await logsRepo.byKind('surprise')).map((i) => i.text)).toEqual(['u1']);
  });
});

describe('logsRepo dates and recent lists', () => {
  beforeEach(resetDb);

  it('refuses a day still ahead and stores nothing', async () => {
    const ahead = new Date(Date.now() + 3 * 86_400_000);
    const day = `${ahead.getFullYear()}-${String(ahead.getMonth() + 1).padStart(2, '0')}-${String(ahead.getDate()).padStart(2, '0')}`;
    await expect(logsRepo.add({ kind: 'success', text: 'later', day, occurredAt: ahead.toISOString() })).rejects.toMatchObject({ field: 'day' });
    expect(await logsRepo.listAll()).toEqual([]);
  });

  it('listRecent returns the newest items, optionally of one kind, without deleted ones', async () => {
    await logsRepo.add(item('success', '2024-06-01', '09:00', 'a'));
    await logsRepo.add(item('surprise', '2024-06-02', '09:00', 'b'));
    await logsRepo.add(item('success', '2024-06-03', '09:00', 'c'));
    const gone = await logsRepo.add(item('success', '2024-06-04', '09:00', 'd'));
    await logsRepo.softDelete(gone.id);
    expect((await logsRepo.listRecent(2)).map((i) => i.text)).toEqual(['c', 'b']);
    expect((await logsRepo.listRecent(5, 'success')).map((i) => i.text)).toEqual(['c', 'a']);
    expect((await logsRepo.listRecent(5, 'surprise')).map((i) => i.text)).toEqual(['b']);
  });
});
