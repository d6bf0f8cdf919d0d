import { db } from '../../db';
import type { Checkoff, Goal, LocalDay, LogItem, WhyVersion } from '../../db';
import { createRecordRepo } from '../../db/records';
import { ValidationError } from '../../lib/errors';

const live = (r: { deletedAt?: string }): boolean => r.deletedAt === undefined;

function prepare(v: WhyVersion): WhyVersion {
  return { ...v, whyStarted: v.whyStarted.trim(), ownWords: v.ownWords.trim() };
}

const base = createRecordRepo(db.whyVersions, { prepare });

export const whyRepo = {
  /** The current "my why": the newest saved version. */
  current(): Promise<WhyVersion | undefined> {
    return db.whyVersions.orderBy('createdAt').reverse().filter(live).first();
  },

  /** Every version, newest first (the first is the current one). */
  history(): Promise<WhyVersion[]> {
    return db.whyVersions.orderBy('createdAt').reverse().filter(live).toArray();
  },

  /** Saves a new version; an unchanged or empty one is refused so history stays meaningful. */
  async save(input: { whyStarted: string; ownWords: string }): Promise<WhyVersion> {
    if (input.whyStarted.trim() === '' && input.ownWords.trim() === '') throw new ValidationError('whyStarted', 'validation.required');
    return db.transaction('rw', db.whyVersions, async () => {
      const now = await whyRepo.current();
      if (now && now.whyStarted === input.whyStarted.trim() && now.ownWords === input.ownWords.trim()) return now;
      return base.add(input);
    });
  },
};

/** The distinct values the person's goals serve (active and paused goals), in first-seen order. */
export async function goalValues(): Promise<string[]> {
  const goals: Goal[] = await db.goals.where('status').anyOf('active', 'paused').filter(live).toArray();
  return [...new Set(goals.map((g) => g.value.trim()).filter((v) => v !== ''))];
}

/** The latest day with a journal entry or a check-off (two index reads that stop at the first live row). */
export async function lastActivityDay(): Promise<LocalDay | undefined> {
  const [entry, checkoff] = await Promise.all([
    db.journalEntries.orderBy('day').reverse().filter(live).first(),
    db.checkoffs.orderBy('day').reverse().filter(live).first(),
  ]);
  const days = [entry?.day, checkoff?.day].filter((d): d is LocalDay => d !== undefined).sort();
  return days.at(-1);
}

export interface Shifts {
  successes: LogItem[];
  /** Small steps actually done, newest first, each with its step's title. */
  steps: { checkoff: Checkoff; title: string }[];
}

/** "Shifts you've already made": recent successes and the small steps actually done. */
export async function recentShifts(limit = 3): Promise<Shifts> {
  const successes = await db.logItems.where('[kind+day]').between(['success', ''], ['success', '\uffff']).reverse().filter(live).limit(limit).toArray();
  // Several check-offs of the same step collapse into one line: walk a few more than needed.
  const recent = await db.checkoffs.orderBy('day').reverse().filter(live).limit(limit * 10).toArray();
  const steps: Shifts['steps'] = [];
  const seen = new Set<string>();
  for (const checkoff of recent) {
    if (steps.length >= limit || seen.has(checkoff.milestoneId)) continue;
    seen.add(checkoff.milestoneId);
    const milestone = await db.milestones.get(checkoff.milestoneId);
    if (milestone && live(milestone)) steps.push({ checkoff, title: milestone.title });
  }
  return { successes, steps };
}
