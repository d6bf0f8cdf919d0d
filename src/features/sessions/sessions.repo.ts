import { addYears } from 'date-fns';
import { db } from '../../db';
import type { LocalDay, Session } from '../../db';
import { createRecordRepo } from '../../db/records';
import { ValidationError } from '../../lib/errors';
import { normaliseTimestamp, requireDay } from '../../lib/validate';

/** A session more than this far ahead is almost certainly a typo in the year. */
export const MAX_YEARS_AHEAD = 1;

function prepare(s: Session): Session {
  requireDay('day', s.day);
  // Stored as ISO UTC so string order on the startsAt index is time order.
  const startsAt = normaliseTimestamp('startsAt', s.startsAt);
  if (startsAt > addYears(new Date(), MAX_YEARS_AHEAD).toISOString()) {
    throw new ValidationError('startsAt', 'validation.outOfRange', { reason: 'farFuture' });
  }
  const note = s.note?.trim();
  const bringUp = s.bringUp?.trim();
  const row: Session = { ...s, startsAt };
  delete row.note;
  delete row.bringUp;
  return { ...row, ...(note ? { note } : {}), ...(bringUp ? { bringUp } : {}) };
}

const live = (s: Session): boolean => s.deletedAt === undefined;

export type NumberedSession = Session & { number: number };

export const sessionsRepo = {
  ...createRecordRepo(db.sessions, { prepare }),

  /** Sessions that started before `now`, most recent first. */
  listPast(now: Date = new Date()): Promise<Session[]> {
    return db.sessions.where('startsAt').below(now.toISOString()).reverse().filter(live).toArray();
  },

  /** The latest session that started before `now` (index walk, stops at the first live one). */
  latestPast(now: Date = new Date()): Promise<Session | undefined> {
    return db.sessions.where('startsAt').below(now.toISOString()).reverse().filter(live).first();
  },

  /** How many sessions have already started by `now`. */
  async countPast(now: Date = new Date()): Promise<number> {
    const before = now.toISOString();
    // Counting index keys reads no rows; deleted sessions are few and indexed by deletedAt.
    const [all, deleted] = await Promise.all([
      db.sessions.where('startsAt').below(before).count(),
      db.sessions.where('deletedAt').above('').filter((s) => s.startsAt < before).count(),
    ]);
    return all - deleted;
  },

  /** The first session starting at or after `now`. */
  next(now: Date = new Date()): Promise<Session | undefined> {
    return db.sessions.where('startsAt').aboveOrEqual(now.toISOString()).filter(live).first();
  },

  /** Live sessions with `from < startsAt <= to`, in start order (an index range, e.g. for session-prep reminders). */
  listStartingBetween(from: Date, to: Date): Promise<Session[]> {
    if (!(to.getTime() > from.getTime())) return Promise.resolve([]);
    return db.sessions.where('startsAt').between(from.toISOString(), to.toISOString(), false, true).filter(live).toArray();
  },

  /** Every session with its 1-based number in start order (deleted ones are not counted). */
  async listNumbered(): Promise<NumberedSession[]> {
    const rows = await db.sessions.orderBy('startsAt').filter(live).toArray();
    return rows.map((s, i) => ({ ...s, number: i + 1 }));
  },
};

export interface SinceLastSession {
  /** The latest session that has already started, if any. */
  session?: Session;
  /** Look back from this day (inclusive); undefined means "everything so far". */
  sinceDay?: LocalDay;
}

/**
 * "Since my last session" everywhere in the app means: on or after the day of
 * the latest session that has already started. Other features use this helper.
 */
export async function sinceLastSession(now: Date = new Date()): Promise<SinceLastSession> {
  const session = await sessionsRepo.latestPast(now);
  return session ? { session, sinceDay: session.day } : {};
}
