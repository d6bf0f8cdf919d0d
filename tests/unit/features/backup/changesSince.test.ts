import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import type { Checkoff, JournalEntry, LogItem, MeasureResult } from '../../../../src/db';
import { changesSince } from '../../../../src/features/backup/backup.repo';
import { resetDb } from '../../../fixtures/db';
import { sampleRows } from '../../../fixtures/rows';

const rows = sampleRows();
const SINCE = '2026-11-20T10:00:00.000Z'; // the last backup (or "not now"); London: 20 Nov
const before = '2026-11-20T08:00:00.000Z';
const after = '2026-11-21T09:00:00.000Z';
const gone = { deletedAt: after };

function entry(id: string, updatedAt: string, body: string, extra: Partial<JournalEntry> = {}): JournalEntry {
  return { ...rows.journalEntries, id, createdAt: updatedAt, updatedAt, title: 'Evening', body, ...extra };
}

describe('what changed since the last backup', () => {
  beforeEach(resetDb);

  it('counts journal entries created or edited after it, with their words, leaving out removed ones', async () => {
    await db.journalEntries.bulkAdd([
      entry('old', before, 'one two three'),
      entry('edited', after, 'four five six', { createdAt: '2020-01-01T00:00:00.000Z', day: '2020-01-01' }),
      entry('new', '2026-11-28T21:00:00.000Z', 'seven eight'),
      entry('removed', after, 'nine ten eleven twelve', gone),
    ]);
    // "Evening" + 3 words, "Evening" + 2 words.
    expect(await changesSince(SINCE)).toEqual({ entries: 2, words: 7, items: 0 });
    expect(await changesSince('2026-11-29T00:00:00.000Z')).toEqual({ entries: 0, words: 0, items: 0 });
  });

  it('counts day-stamped items from the day of the backup on: later days always, that day only if changed after it', async () => {
    const l: LogItem = rows.logItems;
    const c: Checkoff = rows.checkoffs;
    const m: MeasureResult = rows.measureResults;
    await db.logItems.bulkAdd([
      { ...l, id: 'day-before', day: '2026-11-19', updatedAt: after },
      { ...l, id: 'same-day-earlier', day: '2026-11-20', updatedAt: before },
      { ...l, id: 'same-day-later', day: '2026-11-20', updatedAt: '2026-11-20T18:00:00.000Z' },
      // A merged restore keeps the row's own day and updatedAt.
      { ...l, id: 'restored', day: '2026-11-24', updatedAt: '2026-11-01T00:00:00.000Z' },
      { ...l, id: 'removed', day: '2026-11-25', updatedAt: after, ...gone },
    ]);
    await db.checkoffs.bulkAdd([{ ...c, id: 'c-new', day: '2026-11-22', updatedAt: after }, { ...c, id: 'c-old', day: '2026-11-02' }]);
    await db.checkins.add({ ...rows.checkins, day: '2026-11-23', updatedAt: after });
    await db.patternLogs.add({ ...rows.patternLogs, day: '2026-11-23', updatedAt: after });
    await db.letters.add({ ...rows.letters, day: '2026-11-23', updatedAt: after });
    await db.feedbackReviews.add({ ...rows.feedbackReviews, day: '2026-11-23', updatedAt: after });
    await db.measureResults.bulkAdd([
      { ...m, id: 'phq', day: '2026-11-21', updatedAt: after },
      { ...m, id: 'who', measure: 'who5', answers: [3, 3, 3, 3, 3], total: 15, day: '2026-11-21', updatedAt: after },
      { ...m, id: 'old-phq', day: '2026-10-01' },
    ]);
    await db.pastSelfNotes.bulkAdd([{ ...rows.pastSelfNotes, id: 'note-new', createdAt: after }, { ...rows.pastSelfNotes, id: 'note-old', createdAt: before }]);
    await db.whyVersions.add({ ...rows.whyVersions, createdAt: after });
    // Sessions are planned ahead, so their day says nothing about when they were written.
    await db.sessions.add({ ...rows.sessions, day: '2026-12-01', updatedAt: after });

    // logs 2 + check-off 1 + check-in 1 + pattern log 1 + letter 1 + review 1 + questionnaires 2 + note 1 + why 1
    expect(await changesSince(SINCE)).toEqual({ entries: 0, words: 0, items: 11 });
  });

  it('uses the local day of the moment, also across midnight in summer time', async () => {
    const since = '2026-06-20T23:30:00.000Z'; // 00:30 on 21 June in London
    const l: LogItem = rows.logItems;
    await db.logItems.bulkAdd([
      { ...l, id: 'evening-before', day: '2026-06-20', updatedAt: '2026-06-20T22:00:00.000Z' },
      { ...l, id: 'same-night-before', day: '2026-06-21', updatedAt: '2026-06-20T23:15:00.000Z' },
      { ...l, id: 'same-night-after', day: '2026-06-21', updatedAt: '2026-06-20T23:45:00.000Z' },
    ]);
    expect((await changesSince(since)).items).toBe(1);
  });

  it('stops counting each kind at its threshold, so a huge change reads no more than needed', async () => {
    const c: Checkoff = rows.checkoffs;
    await db.journalEntries.bulkAdd(Array.from({ length: 30 }, (_, i) => entry(`e${i}`, after, 'a few words here')));
    await db.checkoffs.bulkAdd(Array.from({ length: 150 }, (_, i) => ({ ...c, id: `c${i}`, milestoneId: `m${i}`, day: '2026-11-22', updatedAt: after })));
    expect(await changesSince(SINCE)).toEqual({ entries: 20, words: 100, items: 100 });
    expect(await changesSince(SINCE, { entries: 3, words: 10, items: 7 })).toEqual({ entries: 3, words: 15, items: 7 });
  });
});
