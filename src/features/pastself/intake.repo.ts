import { db } from '../../db';
import type { Intake, LocalDay } from '../../db';
import { createRecordRepo, type NewRecord } from '../../db/records';
import { ValidationError } from '../../lib/errors';
import { requireDay, requireNumberInRange, requireText } from '../../lib/validate';

export type IntakeInput = NewRecord<Intake>;

function prepare(intake: Intake): Intake {
  const row: Intake = { ...intake, whyCame: intake.whyCame.trim(), hopes: intake.hopes.trim() };
  if (row.overall !== undefined) requireNumberInRange('overall', row.overall, 0, 10, { integer: true });
  for (const r of row.goalRatings) {
    requireText('goalRatings.goalId', r.goalId);
    requireNumberInRange(`goalRating:${r.goalId}`, r.value, 0, 10, { integer: true });
  }
  if (row.startedDay !== undefined) requireDay('startedDay', row.startedDay);
  return row;
}

const base = createRecordRepo(db.intakes, { prepare });

export const intakeRepo = {
  /** The snapshot, if the person has made one (the newest, should a merge have brought two). */
  async get(): Promise<Intake | undefined> {
    const rows = await db.intakes.filter((r) => r.deletedAt === undefined).toArray();
    return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  },

  /**
   * Creates or replaces the snapshot. Something must be said (a why, a hope or
   * a rating) and the start day may not be in the future; nothing is written otherwise.
   */
  async save(input: IntakeInput, today: LocalDay): Promise<Intake> {
    const said = input.whyCame.trim() !== '' || input.hopes.trim() !== '' || input.overall !== undefined;
    if (!said) throw new ValidationError('whyCame', 'validation.required');
    if (input.startedDay !== undefined) requireDay('startedDay', input.startedDay);
    if (input.startedDay !== undefined && input.startedDay > today) {
      throw new ValidationError('startedDay', 'validation.invalidDay', { reason: 'future' });
    }
    return await db.transaction('rw', db.intakes, async () => {
      const existing = await intakeRepo.get();
      if (!existing) return base.add(input);
      // Optional fields left empty this time are removed, not kept from before.
      return base.update(existing.id, { overall: undefined, startedDay: undefined, ...input });
    });
  },
};
