import { db } from '../../db';
import type { Session } from '../../db';
import { createRecordRepo } from '../../db/records';
import { normaliseTimestamp, requireDay } from '../../lib/validate';

function prepare(s: Session): Session {
  requireDay('day', s.day);
  // Stored as ISO UTC so string order on the startsAt index is time order.
  return { ...s, startsAt: normaliseTimestamp('startsAt', s.startsAt) };
}

const live = (s: Session): boolean => s.deletedAt === undefined;

export type NumberedSession = Session & { number: number };

export const sessionsRepo = {
  ...createRecordRepo(db.sessions, { prepare }),

  /** Sessions that started before `now`, most recent first. */
  listPast(now: Date = new Date()): Promise<Session[]> {
    return db.sessions.where('startsAt').below(now.toISOString()).reverse().filter(live).toArray();
  },

  /** The first session starting at or after `now`. */
  next(now: Date = new Date()): Promise<Session | undefined> {
    return db.sessions.where('startsAt').aboveOrEqual(now.toISOString()).filter(live).first();
  },

  /** Every session with its 1-based number in start order (deleted ones are not counted). */
  async listNumbered(): Promise<NumberedSession[]> {
    const rows = await db.sessions.orderBy('startsAt').filter(live).toArray();
    return rows.map((s, i) => ({ ...s, number: i + 1 }));
  },
};
