import { db } from '../../db';
import type { FeedbackReview, Goal, LocalDay, MeasureId, ReviewComparison } from '../../db';
import { createRecordRepo } from '../../db/records';
import type { NewRecord } from '../../db/records';
import { ValidationError } from '../../lib/errors';
import { displayScore, measureChange, measureIds, measureSpecs } from '../../lib/measures';
import { requireDay, requireNumberInRange } from '../../lib/validate';

function prepare(r: FeedbackReview): FeedbackReview {
  requireDay('day', r.day);
  requireNumberInRange('sessionCount', r.sessionCount, 1, 10_000, { integer: true });
  // A review needs at least one thing that has a start and a now to compare.
  if (!Array.isArray(r.comparisons) || r.comparisons.length === 0) throw new ValidationError('comparisons', 'validation.required');
  return { ...r, improved: r.improved.trim(), notYet: r.notYet.trim(), changeAboutTherapy: r.changeAboutTherapy.trim() };
}

const base = createRecordRepo(db.feedbackReviews, { prepare });
const live = (r: { deletedAt?: string }): boolean => r.deletedAt === undefined;

/** The multiple of `every` the session count has reached (0 = none yet). */
export function reviewMilestone(sessionCount: number, every: number): number {
  if (every < 1) return 0;
  return Math.floor(sessionCount / every) * every;
}

export const reviewsRepo = {
  ...base,

  add(input: NewRecord<FeedbackReview>): Promise<FeedbackReview> {
    return base.add(input);
  },

  /** Newest first. */
  listNewestFirst(): Promise<FeedbackReview[]> {
    return db.feedbackReviews.orderBy('day').reverse().filter(live).toArray();
  },

  /** The highest session count a review was kept for (0 when none). */
  async latestSessionCount(): Promise<number> {
    const last = await db.feedbackReviews.orderBy('sessionCount').reverse().filter(live).first();
    return last?.sessionCount ?? 0;
  },

  /** The session count a review is due for, or undefined when none is due. */
  async dueAt(sessionCount: number, every: number): Promise<number | undefined> {
    const milestone = reviewMilestone(sessionCount, every);
    if (milestone === 0) return undefined;
    return (await reviewsRepo.latestSessionCount()) >= milestone ? undefined : milestone;
  },

  /**
   * Where each active goal's metric and each measure started and where it is
   * now (first and latest values). Items with fewer than two values are left
   * out: there is nothing to compare yet.
   */
  async comparisons(): Promise<ReviewComparison[]> {
    return db.transaction('r', db.goals, db.checkins, db.measureResults, async () => {
      const goals = (await db.goals.where('status').equals('active').filter(live).toArray()).sort((a, b) =>
        a.createdAt.localeCompare(b.createdAt),
      );
      const checkins = await db.checkins.orderBy('day').filter(live).toArray();
      const out: ReviewComparison[] = goals.flatMap((goal) => goalComparison(goal, checkins));
      for (const measure of measureIds) {
        const rows = await db.measureResults
          .where('[measure+day]')
          .between([measure, ''], [measure, '\uffff'], true, true)
          .filter((m) => live(m) && m.status === 'complete' && m.total !== undefined)
          .toArray();
        rows.sort((a, b) => a.day.localeCompare(b.day) || a.takenAt.localeCompare(b.takenAt));
        const first = rows[0];
        const last = rows.at(-1);
        if (!first || !last || first === last) continue;
        out.push(measureComparison(measure, first.total ?? 0, first.day, last.total ?? 0, last.day));
      }
      return out;
    });
  },
};

function goalComparison(goal: Goal, checkins: { day: LocalDay; ratings: { goalId: string; value: number }[] }[]): ReviewComparison[] {
  const values = checkins.flatMap((c) => c.ratings.filter((r) => r.goalId === goal.id).map((r) => ({ day: c.day, value: r.value })));
  const first = values[0];
  const last = values.at(-1);
  if (!first || !last || values.length < 2) return [];
  const metric = goal.metric;
  return [
    {
      kind: 'goal',
      ref: goal.id,
      label: metric.kind === 'rating' ? `${goal.title}: ${metric.label}` : goal.title,
      start: first.value,
      startDay: first.day,
      now: last.value,
      nowDay: last.day,
      ...(metric.kind === 'custom' ? { unit: metric.unit } : {}),
      higherIsBetter: metric.higherIsBetter,
    },
  ];
}

export function measureComparison(measure: MeasureId, rawStart: number, startDay: LocalDay, rawNow: number, nowDay: LocalDay): ReviewComparison {
  const start = displayScore(measure, rawStart);
  const now = displayScore(measure, rawNow);
  return {
    kind: 'measure',
    ref: measure,
    label: measureSpecs[measure].name,
    start,
    startDay,
    now,
    nowDay,
    higherIsBetter: measureSpecs[measure].higherIsBetter,
    meaningful: measureChange(measure, start, now).meaningful,
  };
}
