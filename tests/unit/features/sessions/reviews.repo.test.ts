import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import { checkinsRepo, measuresRepo } from '../../../../src/features/checkins/checkins.repo';
import { goalsRepo } from '../../../../src/features/goals/goals.repo';
import { reviewMilestone, reviewsRepo } from '../../../../src/features/sessions/reviews.repo';
import { resetDb } from '../../../fixtures/db';

async function completed(measure: 'phq9' | 'who5', answers: number[], day: string) {
  const draft = await measuresRepo.saveDraft(measure, answers, { day });
  return measuresRepo.complete(draft.id);
}

describe('feedback reviews', () => {
  beforeEach(resetDb);

  it('is due when the session count reaches the next multiple of N', async () => {
    expect([0, 4, 5, 6, 9, 10, 11].map((n) => reviewMilestone(n, 5))).toEqual([0, 0, 5, 5, 5, 10, 10]);
    expect(await reviewsRepo.dueAt(4, 5)).toBeUndefined();
    expect(await reviewsRepo.dueAt(5, 5)).toBe(5);
    expect(await reviewsRepo.dueAt(7, 5)).toBe(5);
    await reviewsRepo.add({
      sessionCount: 5,
      day: '2024-05-01',
      comparisons: [{ kind: 'measure', ref: 'phq9', label: 'PHQ-9', start: 10, startDay: '2024-01-01', now: 5, nowDay: '2024-05-01', higherIsBetter: false, meaningful: true }],
      improved: ' sleep ',
      notYet: '',
      changeAboutTherapy: '',
    });
    expect(await reviewsRepo.dueAt(7, 5)).toBeUndefined();
    expect(await reviewsRepo.dueAt(10, 5)).toBe(10);
    expect(await reviewsRepo.dueAt(6, 3)).toBe(6);
  });

  it('refuses a review with nothing to compare and stores nothing', async () => {
    expect(await reviewsRepo.comparisons()).toEqual([]);
    await expect(
      reviewsRepo.add({ sessionCount: 5, day: '2024-05-01', comparisons: [], improved: 'a', notYet: 'b', changeAboutTherapy: 'c' }),
    ).rejects.toMatchObject({ field: 'comparisons' });
    expect(await db.feedbackReviews.count()).toBe(0);
  });

  it('compares first and latest values per goal and measure, with meaningful change for measures', async () => {
    const goal = await goalsRepo.add({
      title: 'Sleep',
      value: 'health',
      why: '',
      withTherapist: 1,
      metric: { kind: 'rating', label: 'Rested', lowLabel: 'not at all', highLabel: 'fully', higherIsBetter: true },
    });
    const once = await goalsRepo.add({
      title: 'Walk',
      value: '',
      why: '',
      withTherapist: 0,
      metric: { kind: 'custom', unit: 'minutes', target: 30, higherIsBetter: true },
    });
    await checkinsRepo.saveForDaySlot({ day: '2024-04-01', slot: 'weekly', ratings: [{ goalId: goal.id, value: 3 }, { goalId: once.id, value: 10 }], overall: 4, note: '' });
    await checkinsRepo.saveForDaySlot({ day: '2024-04-15', slot: 'weekly', ratings: [{ goalId: goal.id, value: 5 }], overall: 5, note: '' });
    await checkinsRepo.saveForDaySlot({ day: '2024-04-08', slot: 'weekly', ratings: [{ goalId: goal.id, value: 4 }], overall: 5, note: '' });
    await completed('phq9', [2, 2, 2, 2, 2, 1, 1, 1, 0], '2024-04-01'); // 13
    await completed('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 0], '2024-04-20'); // 8
    await completed('who5', [3, 3, 3, 3, 3], '2024-04-01'); // 60, one result only
    const rows = await reviewsRepo.comparisons();
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'goal', ref: goal.id, label: 'Sleep: Rested', start: 3, startDay: '2024-04-01', now: 5, nowDay: '2024-04-15' }),
      expect.objectContaining({ kind: 'measure', ref: 'phq9', start: 13, now: 8, meaningful: true, higherIsBetter: false }),
    ]);
  });
});
