import { beforeEach, describe, expect, it } from 'vitest';
import { intakeRepo } from '../../../../src/features/pastself/intake.repo';
import { readIntakeDraft, startIntake, toIntakeInput } from '../../../../src/features/pastself/intakeDraft';
import { resetDb } from '../../../fixtures/db';

const today = '2026-11-29';

describe('intake snapshot', () => {
  beforeEach(resetDb);

  it('refuses a snapshot with nothing said, a future start and out-of-range ratings; writes nothing', async () => {
    await expect(intakeRepo.save({ whyCame: ' ', hopes: '', goalRatings: [] }, today)).rejects.toMatchObject({ field: 'whyCame' });
    await expect(intakeRepo.save({ whyCame: 'Heavy', hopes: '', goalRatings: [], startedDay: '2026-11-30' }, today)).rejects.toMatchObject({
      field: 'startedDay',
      params: { reason: 'future' },
    });
    await expect(intakeRepo.save({ whyCame: 'Heavy', hopes: '', goalRatings: [], startedDay: 'soon' }, today)).rejects.toMatchObject({ field: 'startedDay' });
    await expect(intakeRepo.save({ whyCame: '', hopes: '', overall: 11, goalRatings: [] }, today)).rejects.toMatchObject({ field: 'overall' });
    expect(await intakeRepo.get()).toBeUndefined();
  });

  it('a rating alone is enough; revisiting replaces the one snapshot and clears what was emptied', async () => {
    const first = await intakeRepo.save({ whyCame: '', hopes: '', overall: 0, goalRatings: [], startedDay: today }, today);
    expect(first.overall).toBe(0);
    const second = await intakeRepo.save({ whyCame: ' Sleep ', hopes: 'Rest', goalRatings: [{ goalId: 'g-1', value: 4 }] }, today);
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ whyCame: 'Sleep', hopes: 'Rest', goalRatings: [{ goalId: 'g-1', value: 4 }] });
    expect(second.overall).toBeUndefined();
    expect(second.startedDay).toBeUndefined();
  });

  it('reads a half-done draft defensively and drops ratings for goals no longer offered', () => {
    const fallback = startIntake(undefined);
    const d = readIntakeDraft({ step: 7, whyCame: 'Heavy', overall: 'x', ratings: [{ goalId: 'g-1', value: 3 }, { goalId: 5 }], startedDay: 3 }, fallback);
    expect(d).toEqual({ step: 0, whyCame: 'Heavy', hopes: '', overall: null, ratings: [{ goalId: 'g-1', value: 3 }], startedDay: '' });
    expect(toIntakeInput({ ...d, ratings: [...d.ratings, { goalId: 'old', value: 1 }] }, ['g-1'])).toEqual({
      whyCame: 'Heavy',
      hopes: '',
      goalRatings: [{ goalId: 'g-1', value: 3 }],
    });
  });
});
