import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, DB_NAME, LockedError, sealState } from '../../../src/db';
import { createRecordCipher } from '../../../src/db/seal/recordCipher';
import { SEALED } from '../../../src/db/seal/fields';
import { journalRepo } from '../../../src/features/journal/journal.repo';
import { queryEntries } from '../../../src/features/journal/journalSearch.repo';
import { milestonesRepo } from '../../../src/features/milestones/milestones.repo';
import { remindersRepo } from '../../../src/features/reminders/reminders.repo';
import { rawRows, resetDb } from '../../fixtures/db';

const CANARY = 'the blue heron at dawn';
const key = crypto.getRandomValues(new Uint8Array(32));

function lockOn(): void {
  sealState.setStatus('on');
  sealState.setCipher(createRecordCipher(key));
}

describe('sealing middleware', () => {
  beforeEach(resetDb);
  afterEach(() => {
    sealState.setStatus('off');
    sealState.setCipher(undefined);
  });

  it('stores only ids, dates and kinds in the clear, and reads the words back while unlocked', async () => {
    lockOn();
    const e = await journalRepo.add({ day: '2026-11-29', title: 'Heron', body: CANARY, tags: ['birds'], bringToSession: 1 });
    const [row] = await rawRows('journalEntries');
    expect(ArrayBuffer.isView(row?.[SEALED])).toBe(true);
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ['_sealed', 'bringToSession', 'createdAt', 'day', 'id', 'updatedAt'].sort(),
    );
    expect(JSON.stringify(await rawRows('journalSearch'))).not.toContain('heron');
    expect(await journalRepo.get(e.id)).toMatchObject({ body: CANARY, title: 'Heron', tags: ['birds'] });
    expect((await journalRepo.listRecent(5)).map((x) => x.body)).toEqual([CANARY]);
  });

  it('without the key, returns stored rows as they are and refuses to write words', async () => {
    lockOn();
    const e = await journalRepo.add({ day: '2026-11-29', title: '', body: CANARY, tags: [], bringToSession: 0 });
    sealState.setCipher(undefined);
    const stored = await journalRepo.get(e.id);
    expect(stored).not.toHaveProperty('body');
    await expect(journalRepo.add({ day: '2026-11-29', title: '', body: 'more', tags: [], bringToSession: 0 })).rejects.toBeInstanceOf(
      LockedError,
    );
    sealState.setCipher(createRecordCipher(key));
    expect((await journalRepo.listRecent(5)).map((x) => x.body)).toEqual([CANARY]);
  });

  it('keeps the reminder schedule readable so notifications still come while locked', async () => {
    lockOn();
    const r = await remindersRepo.add({
      target: { kind: 'journal' },
      times: ['20:00'],
      weekdays: [],
      title: 'Write about the heron',
      body: CANARY,
      showDetails: 1,
      enabled: 1,
    });
    sealState.setCipher(undefined);
    const stored = await db.reminders.get(r.id);
    expect(stored).toMatchObject({ times: ['20:00'], weekdays: [], enabled: 1, target: { kind: 'journal' } });
    expect(stored).not.toHaveProperty('title');
  });

  it('a blob moved onto another row does not open', async () => {
    lockOn();
    const a = await journalRepo.add({ day: '2026-11-29', title: '', body: 'first', tags: [], bringToSession: 0 });
    const b = await journalRepo.add({ day: '2026-11-29', title: '', body: 'second', tags: [], bringToSession: 0 });
    db.close({ disableAutoOpen: false });
    const raw = new Dexie(DB_NAME);
    await raw.open();
    const rowA = (await raw.table('journalEntries').get(a.id)) as Record<string, unknown>;
    await raw.table('journalEntries').update(b.id, { [SEALED]: rowA[SEALED] });
    raw.close();
    await expect(journalRepo.get(b.id)).rejects.toThrow();
    expect(await journalRepo.get(a.id)).toMatchObject({ body: 'first' });
  });

  it('cursor reads (filters) and modify() see opened rows and keep them sealed', async () => {
    lockOn();
    await journalRepo.add({ day: '2026-11-28', title: '', body: CANARY, tags: [], bringToSession: 0 });
    const found = await db.journalEntries.filter((x) => x.body === CANARY).toArray();
    expect(found).toHaveLength(1);
    await db.journalEntries.toCollection().modify((x) => {
      x.title = 'Changed';
    });
    expect((await db.journalEntries.toArray())[0]).toMatchObject({ title: 'Changed', body: CANARY });
    expect(JSON.stringify(await rawRows('journalEntries'))).not.toContain('Changed');
  });

  it('search, tag filters and the tag list keep working while the words are sealed', async () => {
    lockOn();
    await journalRepo.add({ day: '2026-11-27', title: '', body: CANARY, tags: ['birds', 'mornings'], bringToSession: 0 });
    await journalRepo.add({ day: '2026-11-28', title: '', body: 'a quiet evening', tags: ['evenings'], bringToSession: 1 });
    expect((await queryEntries({ query: 'her' }, 10)).entries.map((e) => e.body)).toEqual([CANARY]);
    expect((await queryEntries({ query: 'quiet', bring: true }, 10)).entries).toHaveLength(1);
    expect((await queryEntries({ query: '', tag: 'birds' }, 10)).entries.map((e) => e.day)).toEqual(['2026-11-27']);
    expect((await journalRepo.byTag('evenings')).map((e) => e.day)).toEqual(['2026-11-28']);
    expect(await journalRepo.allTags()).toEqual(['birds', 'evenings', 'mornings']);
  });

  it('"Done" from a notification records a check-off while locked, writing no words', async () => {
    lockOn();
    const milestone = await milestonesRepo.add({
      goalId: 'g1',
      title: 'Phone away at ten',
      schedule: { kind: 'daily' },
      status: 'active',
      startDay: '2026-11-01',
    });
    sealState.setCipher(undefined);
    const done = await milestonesRepo.checkOff(milestone.id, '2026-11-29');
    expect(done).toMatchObject({ milestoneId: milestone.id, day: '2026-11-29' });
    expect(JSON.stringify(await rawRows('milestones'))).not.toContain('Phone away');
    sealState.setCipher(createRecordCipher(key));
    expect(await milestonesRepo.get(milestone.id)).toMatchObject({ title: 'Phone away at ten' });
  });
});
