import { useLiveQuery } from 'dexie-react-hooks';
import type { Goal, GoalDefinition, GoalRevision, GoalStatus } from '../../db';
import { goalsRepo, type NewGoal } from './goals.repo';

const order: GoalStatus[] = ['active', 'paused', 'completed', 'archived'];

/** Every goal, grouped by status (active first). */
export function useGoalsByStatus(): { status: GoalStatus; goals: Goal[] }[] | undefined {
  return useLiveQuery(async () => {
    const groups = await Promise.all(order.map(async (status) => ({ status, goals: await goalsRepo.listByStatus(status) })));
    return groups.filter((g) => g.goals.length > 0);
  });
}

/** The goal, null when it does not exist, undefined while loading. */
export function useGoal(id: string): Goal | null | undefined {
  return useLiveQuery(async () => (await goalsRepo.get(id)) ?? null, [id]);
}

export function useGoalRevisions(id: string): GoalRevision[] | undefined {
  return useLiveQuery(() => goalsRepo.revisions(id), [id]);
}

export const goalActions = {
  add: (input: NewGoal) => goalsRepo.add(input),
  update: (id: string, patch: Partial<GoalDefinition>) => goalsRepo.update(id, patch),
  setStatus: (id: string, status: GoalStatus) => goalsRepo.setStatus(id, status),
};
