import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDay, Milestone, MilestoneStatus } from '../../db';
import { milestonesRepo, type CheckoffDetails } from './milestones.repo';
import { consistency, windowStart, type Consistency } from './consistency';

export interface MilestoneWithScore {
  milestone: Milestone;
  consistency: Consistency;
}

/** A goal's milestones with their consistency, reading only the score window. */
export function useGoalMilestones(goalId: string, today: LocalDay): MilestoneWithScore[] | undefined {
  return useLiveQuery(async () => {
    const list = await milestonesRepo.listForGoal(goalId);
    return Promise.all(
      list.map(async (milestone) => {
        // A once-by-date step may have been done before the window: read from its start.
        const from =
          milestone.schedule.kind === 'once' && milestone.startDay < windowStart(today) ? milestone.startDay : windowStart(today);
        const rows = await milestonesRepo.checkoffsBetween(milestone.id, from, today);
        return { milestone, consistency: consistency(milestone, new Set(rows.map((r) => r.day)), today) };
      }),
    );
  }, [goalId, today]);
}

export const milestoneActions = {
  add: (input: Parameters<typeof milestonesRepo.add>[0]) => milestonesRepo.add(input),
  edit: (id: string, patch: Parameters<typeof milestonesRepo.edit>[1]) => milestonesRepo.edit(id, patch),
  setStatus: (id: string, status: MilestoneStatus) => milestonesRepo.setStatus(id, status),
  checkOff: (id: string, day: LocalDay, details?: CheckoffDetails) => milestonesRepo.checkOff(id, day, details),
  undo: (id: string, day: LocalDay) => milestonesRepo.undoCheckoff(id, day),
};
