import { db } from '../../db';
import type { Letter, LetterSeal, LocalDay } from '../../db';
import { createRecordRepo, isLive } from '../../db/records';
import { RecordNotFoundError, ValidationError } from '../../lib/errors';
import { nowIso } from '../../lib/ids';
import { requireDay, requireNumberInRange, requireText } from '../../lib/validate';
import { sealProblem, type SealContext } from './seal';

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

  /**
   * Keeps a finished letter: refuses an empty letter or a seal that would open
   * at once (a session already reached, a date not in the future), and marks
   * the "tell my past self" notes it started from as used, in one transaction.
   */
  async write(
    input: { body: string; day: LocalDay; seal?: LetterSeal; noteIds?: string[] },
    ctx: SealContext,
  ): Promise<Letter> {
    requireText('body', input.body);
    if (input.seal) {
      const problem = sealProblem(input.seal, ctx);
      if (problem) throw new ValidationError('sealedUntil', 'validation.outOfRange', { reason: problem });
    }
    return await db.transaction('rw', db.letters, db.pastSelfNotes, async () => {
      const letter = await base.add({ body: input.body.trim(), day: input.day, ...(input.seal ? { sealedUntil: input.seal } : {}) });
      for (const id of input.noteIds ?? []) {
        const note = await db.pastSelfNotes.get(id);
        if (isLive(note) && !note.usedInLetterId) await db.pastSelfNotes.put({ ...note, usedInLetterId: letter.id, updatedAt: nowIso() });
      }
      return letter;
    });
  },

  /** Sealed letters that may have unsealed and were never opened (few rows: letters are rare). */
  async listUnopenedSealed(): Promise<Letter[]> {
    const rows = await db.letters.filter((l) => l.deletedAt === undefined && l.sealedUntil !== undefined && !l.openedAt).toArray();
    return rows;
  },
};
