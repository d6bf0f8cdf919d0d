import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import type { CheckIn } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { checkinsRepo, measuresRepo } from '../../../../src/features/checkins/checkins.repo';
import { RecordNotFoundError } from '../../../../src/lib/errors';
import { resetDb } from '../../../fixtures/db';

function checkIn(over: Partial<NewRecord<CheckIn>> = {}): NewRecord<CheckIn> {
  return { day: '2024-05-06', slot: 'weekly', ratings: [{ goalId: 'g-1', value: 6 }], overall: 7, note: '', ...over };
}

describe('checkinsRepo', () => {
  beforeEach(resetDb);

  it('validates slot, overall range and duplicate goals', async () => {
    await expect(checkinsRepo.add(checkIn({ slot: 'monthly' }))).rejects.toMatchObject({ field: 'slot' });
    await expect(checkinsRepo.add(checkIn({ overall: 11 }))).rejects.toMatchObject({ field: 'overall', params: { min: 0, max: 10 } });
    await expect(
      checkinsRepo.add(checkIn({ ratings: [{ goalId: 'g-1', value: 1 }, { goalId: 'g-1', value: 2 }] })),
    ).rejects.toMatchObject({ field: 'ratings.goalId', messageKey: 'validation.duplicate' });
    await expect(checkinsRepo.add(checkIn({ ratings: [{ goalId: 'g-1', value: Number.NaN }] }))).rejects.toMatchObject({ field: 'ratings.value' });
    expect(await db.checkins.count()).toBe(0);
    // Custom metrics (e.g. 45 minutes) are not limited to 0–10.
    expect((await checkinsRepo.add(checkIn({ slot: 'session:s-1', ratings: [{ goalId: 'g-2', value: 45 }] }))).ratings[0]?.value).toBe(45);
  });

  it('listRecent is newest first and forDaySlot finds the right one', async () => {
    await checkinsRepo.add(checkIn({ day: '2024-04-29', note: 'older' }));
    await checkinsRepo.add(checkIn({ day: '2024-05-06', note: 'newer' }));
    await checkinsRepo.add(checkIn({ day: '2024-05-06', slot: 'session:s-9', note: 'before session' }));
    const gone = await checkinsRepo.add(checkIn({ day: '2024-05-13', note: 'deleted' }));
    await checkinsRepo.softDelete(gone.id);
    expect((await checkinsRepo.listRecent(2)).map((c) => c.day)).toEqual(['2024-05-06', '2024-05-06']);
    expect((await checkinsRepo.listRecent(10)).map((c) => c.note)).toContain('older');
    expect((await checkinsRepo.forDaySlot('2024-05-06', 'weekly'))?.note).toBe('newer');
    expect((await checkinsRepo.forDaySlot('2024-05-06', 'session:s-9'))?.note).toBe('before session');
    expect(await checkinsRepo.forDaySlot('2024-05-13', 'weekly')).toBeUndefined();
  });

  it('saveForDaySlot updates the existing check-in instead of adding another', async () => {
    const first = await checkinsRepo.saveForDaySlot(checkIn({ overall: 4 }));
    const second = await checkinsRepo.saveForDaySlot(checkIn({ overall: 6, note: 'changed my mind' }));
    expect(second.id).toBe(first.id);
    expect(await checkinsRepo.listAll()).toEqual([expect.objectContaining({ overall: 6, note: 'changed my mind' })]);
  });
});

describe('measuresRepo', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-06T10:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves a partial draft, resumes it and completes it with the total', async () => {
    const draft = await measuresRepo.saveDraft('gad7', [1, 2, null, null, null, null, null], { day: '2024-05-06' });
    expect(draft).toMatchObject({ status: 'draft', measure: 'gad7' });
    expect(draft.total).toBeUndefined();
    expect((await measuresRepo.findDraft('gad7'))?.id).toBe(draft.id);
    expect(await measuresRepo.findDraft('phq9')).toBeUndefined();

    await expect(measuresRepo.complete(draft.id)).rejects.toMatchObject({ field: 'answers', messageKey: 'validation.required' });
    await measuresRepo.saveDraft('gad7', [1, 2, 3, 0, 1, 2, 3], { id: draft.id, day: '2024-05-06' });
    vi.setSystemTime(new Date('2024-05-06T10:05:00.000Z'));
    const done = await measuresRepo.complete(draft.id);
    expect(done).toMatchObject({ status: 'complete', total: 12, takenAt: '2024-05-06T10:05:00.000Z' });
    expect(await measuresRepo.findDraft('gad7')).toBeUndefined();
    // A completed questionnaire is no longer a draft to edit.
    await expect(measuresRepo.saveDraft('gad7', [0, 0, 0, 0, 0, 0, 0], { id: draft.id, day: '2024-05-06' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('validates answer count and range per measure', async () => {
    await expect(measuresRepo.saveDraft('phq9', [0, 1], { day: '2024-05-06' })).rejects.toMatchObject({ field: 'answers' });
    await expect(measuresRepo.saveDraft('gad7', [4, 0, 0, 0, 0, 0, 0], { day: '2024-05-06' })).rejects.toMatchObject({
      field: 'answers',
      params: { min: 0, max: 3 },
    });
    expect((await measuresRepo.saveDraft('who5', [5, 5, 5, 5, 5], { day: '2024-05-06' })).answers).toEqual([5, 5, 5, 5, 5]);
    expect(await db.measureResults.count()).toBe(1);
  });

  it('listByMeasure returns completed results of that measure, oldest first', async () => {
    const later = await measuresRepo.saveDraft('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 1], { day: '2024-05-20' });
    const earlier = await measuresRepo.saveDraft('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 2], { day: '2024-05-01' });
    await measuresRepo.saveDraft('phq9', [0, null, 0, 0, 0, 0, 0, 0, 0], { day: '2024-05-10' });
    const other = await measuresRepo.saveDraft('gad7', [0, 0, 0, 0, 0, 0, 0], { day: '2024-05-02' });
    for (const m of [later, earlier, other]) await measuresRepo.complete(m.id);
    expect((await measuresRepo.listByMeasure('phq9')).map((m) => [m.day, m.total])).toEqual([
      ['2024-05-01', 2],
      ['2024-05-20', 9],
    ]);
  });
});
