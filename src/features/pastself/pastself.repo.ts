import { db } from '../../db';
import type { Letter, LocalDay } from '../../db';
import { createRecordRepo, isLive } from '../../db/records';
import { RecordNotFoundError, ValidationError } from '../../lib/errors';
import { nowIso } from '../../lib/ids';
import { requireDay, requireNumberInRange, requireText } from '../../lib/validate';

function prepare(letter: Letter): Letter {
  requireText('body', letter.body);
  requireDay('day', letter.day);
  const seal = letter.sealedUntil;
  if (seal) {
    if (seal.kind === 'session') requireNumberInRange('sealedUntil.number', seal.number, 1, 10_000, { integer: true });
    else if (seal.kind === 'date') requireDay('sealedUntil.day', seal.day);
    else throw new ValidationError('sealedUntil.kind', 'validation.invalidValue');
  }
  return letter;
}

/** Whether a letter may be read yet, given how many sessions have happened and today's date. */
export function isSealed(letter: Letter, { sessionsSoFar, today }: { sessionsSoFar: number; today: LocalDay }): boolean {
  const seal = letter.sealedUntil;
  if (!seal) return false;
  return seal.kind === 'session' ? sessionsSoFar < seal.number : today < seal.day;
}

const base = createRecordRepo(db.letters, { prepare });

export const lettersRepo = {
  ...base,

  /** Newest first. */
  listNewestFirst(): Promise<Letter[]> {
    return db.letters.orderBy('day').reverse().filter((l) => l.deletedAt === undefined).toArray();
  },

  /** Records the first opening; later calls keep the original time. */
  markOpened(id: string): Promise<Letter> {
    return db.transaction('rw', db.letters, async () => {
      const letter = await db.letters.get(id);
      if (!isLive(letter)) throw new RecordNotFoundError('letters', id);
      return letter.openedAt ? letter : base.update(id, { openedAt: nowIso() });
    });
  },
};
