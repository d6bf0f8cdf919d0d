import { Dexie } from 'dexie';
import { db } from '../../db';
import type { ProgressInputs } from './progress';

const live = (r: { deletedAt?: string }): boolean => r.deletedAt === undefined;

/**
 * Every figure the letter panel shows, read in one consistent snapshot. Counts
 * walk whole tables (tens of thousands of rows at most) and run only on the
 * letter screens, never on Today.
 */
export function loadProgressInputs(now: Date = new Date()): Promise<ProgressInputs> {
  const tables = [db.intakes, db.checkins, db.goals, db.checkoffs, db.logItems, db.sessions, db.journalEntries];
  return db.transaction('r', tables, async () => {
    const [intakes, latestCheckin, goals, checkoffs, successes, sessions, entries] = await Promise.all([
      db.intakes.filter(live).toArray(),
      db.checkins.orderBy('day').reverse().filter(live).first(),
      db.goals.filter(live).toArray(),
      db.checkoffs.filter(live).count(),
      db.logItems.where('[kind+day]').between(['success', Dexie.minKey], ['success', Dexie.maxKey], true, true).filter(live).count(),
      db.sessions.where('startsAt').below(now.toISOString()).filter(live).count(),
      db.journalEntries.filter(live).count(),
    ]);
    const intake = intakes.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    return {
      ...(intake ? { intake } : {}),
      ...(latestCheckin ? { latestCheckin } : {}),
      goals: goals.map((g) => ({ id: g.id, title: g.title })),
      checkoffs,
      successes,
      sessions,
      entries,
    };
  });
}
