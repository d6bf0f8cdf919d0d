import type { LocalDay, Milestone } from '../../db';
import { goalsRepo } from '../goals/goals.repo';
import { milestonesRepo } from '../milestones/milestones.repo';
import { checkoffRangeFor, dueOn, type DueState } from '../milestones/schedule';

export interface TodayMilestone {
  milestone: Milestone;
  goalTitle: string;
  state: DueState;
}

export interface TodayData {
  /** Milestones due (or already done) on the day, in goal then creation order. */
  milestones: TodayMilestone[];
  /** Whether any goal is active at all (shapes the empty state). */
  hasActiveGoals: boolean;
}

/**
 * Everything Today needs about milestones, read through indexes only: active
 * goals and milestones by status, then each milestone's check-offs for this
 * day or week ([milestoneId+day]). History size does not change the work.
 */
export async function loadToday(day: LocalDay): Promise<TodayData> {
  const [goals, milestones] = await Promise.all([goalsRepo.listByStatus('active'), milestonesRepo.listActive()]);
  const goalOrder = new Map(goals.map((g, i) => [g.id, i]));
  const titles = new Map(goals.map((g) => [g.id, g.title]));
  const mine = milestones.filter((m) => goalOrder.has(m.goalId));
  const items = await Promise.all(
    mine.map(async (milestone) => {
      const { from, to } = checkoffRangeFor(milestone, day);
      const rows = await milestonesRepo.checkoffsBetween(milestone.id, from, to);
      const state = dueOn(milestone, day, new Set(rows.map((r) => r.day)));
      return { milestone, goalTitle: titles.get(milestone.goalId) ?? '', state };
    }),
  );
  const due = items
    .filter((i) => i.state.due)
    .sort((a, b) => (goalOrder.get(a.milestone.goalId) ?? 0) - (goalOrder.get(b.milestone.goalId) ?? 0));
  return { milestones: due, hasActiveGoals: goals.length > 0 };
}
