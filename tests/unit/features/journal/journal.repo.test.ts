import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { journalRepo } from '../../../../src/features/journal/journal.repo';
import { ValidationError } from '../../../../src/lib/errors';
import { resetDb } from '../../../fixtures/db';

function entry(over: Partial<NewRecord<JournalEntry>> = {}): NewRecord<JournalEntry> {
  return { day: '2024-03-04', title: '', body: 'Some words', tags: [], bringToSession: 0, ...over };
}

describe('journalRepo', () => {
  beforeEach(resetDb);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds an entry with cleaned tags and a backdated day', async () => {
    const e = await journalRepo.add(entry({ day: '2023-12-31', title: ' New year ', tags: [' work', 'work', '', 'sleep'] }));
    expect(await journalRepo.get(e.id)).toMatchObject({ day: '2023-12-31', title: 'New year', tags: ['work', 'sleep'] });
  });

  it('rejects an empty body or a bad day, writing nothing', async () => {
    await expect(journalRepo.add(entry({ body: '  ' }))).rejects.toMatchObject({ field: 'body' });
    await expect(journalRepo.add(entry({ day: '2024-02-30' }))).rejects.toMatchObject({ field: 'day', messageKey: 'validation.invalidDay' });
    await expect(
      journalRepo.add(entry({ bodyCheck: { areas: ['chest'], feeling: 'tight', intensity: 11 } })),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await journalRepo.listAll()).toEqual([]);
  });

  it('listRecent returns newest day first, newest created first within a day, skipping deleted', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let t = Date.parse('2024-03-06T08:00:00.000Z');
    const at = async (over: Partial<NewRecord<JournalEntry>>) => {
      vi.setSystemTime((t += 60_000));
      return journalRepo.add(entry(over));
    };
    await at({ day: '2024-03-01', body: 'a' });
    await at({ day: '2024-03-03', body: 'b' });
    await at({ day: '2024-03-03', body: 'c' });
    const d = await at({ day: '2024-03-05', body: 'd' });
    await at({ day: '2024-03-02', body: 'e (backdated, written last)' });
    await journalRepo.softDelete(d.id);
    vi.useRealTimers();
    expect((await journalRepo.listRecent(2)).map((e) => e.body)).toEqual(['c', 'b']);
    expect((await journalRepo.listRecent(10)).map((e) => e.body)).toEqual(['c', 'b', 'e (backdated, written last)', 'a']);
  });

  it('listByDayRange is inclusive on both ends', async () => {
    await journalRepo.add(entry({ day: '2024-02-29', body: 'before' }));
    await journalRepo.add(entry({ day: '2024-03-01', body: 'first' }));
    await journalRepo.add(entry({ day: '2024-03-07', body: 'last' }));
    await journalRepo.add(entry({ day: '2024-03-08', body: 'after' }));
    const rows = await journalRepo.listByDayRange('2024-03-01', '2024-03-07');
    expect(rows.map((e) => e.body)).toEqual(['last', 'first']);
  });

  it('finds entries by tag, prompt, question and bring-to-session', async () => {
    const x = await journalRepo.add(entry({ day: '2024-03-02', tags: ['work'], promptId: 'p1', bringToSession: 1 }));
    const y = await journalRepo.add(entry({ day: '2024-03-03', tags: ['work', 'sleep'], questionId: 'q1' }));
    const z = await journalRepo.add(entry({ day: '2024-03-04', tags: ['work'], bringToSession: 1 }));
    await journalRepo.softDelete(z.id);
    expect((await journalRepo.byTag('work')).map((e) => e.id)).toEqual([y.id, x.id]);
    expect((await journalRepo.byPrompt('p1')).map((e) => e.id)).toEqual([x.id]);
    expect((await journalRepo.byQuestion('q1')).map((e) => e.id)).toEqual([y.id]);
    expect((await journalRepo.listBringToSession()).map((e) => e.id)).toEqual([x.id]);
    expect(await journalRepo.listBringToSession('2024-03-03')).toEqual([]);
  });

  it('allTags lists tags of live entries only, sorted', async () => {
    await journalRepo.add(entry({ tags: ['work', 'body'] }));
    const gone = await journalRepo.add(entry({ tags: ['secret', 'work'] }));
    await journalRepo.softDelete(gone.id);
    expect(await journalRepo.allTags()).toEqual(['body', 'work']);
  });

  it('update removes an optional field when patched with undefined', async () => {
    const e = await journalRepo.add(entry({ promptId: 'p1' }));
    const updated = await journalRepo.update(e.id, { promptId: undefined, bringToSession: 1 });
    expect(updated.promptId).toBeUndefined();
    expect(await journalRepo.byPrompt('p1')).toEqual([]);
    expect((await journalRepo.listBringToSession()).map((r) => r.id)).toEqual([e.id]);
  });
});
