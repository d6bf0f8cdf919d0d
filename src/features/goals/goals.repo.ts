import { db } from '../../db';
import type { Goal, GoalDefinition, GoalMetric, GoalRevision, GoalStatus, LocalDay } from '../../db';
import { todayLocal } from '../../lib/days';
import { createRecordRepo, isLive } from '../../db/records';
import type { NewRecord } from '../../db/records';
import { RecordNotFoundError, ValidationError } from '../../lib/errors';
import { newId, nowIso } from '../../lib/ids';
import { requireFinite, requireOneOf, requireText } from '../../lib/validate';

const statuses: readonly GoalStatus[] = ['active', 'paused', 'completed', 'archived'];
const definitionFields = ['title', 'value', 'why', 'withTherapist', 'metric'] as const satisfies readonly (keyof GoalDefinition)[];

function validateMetric(metric: GoalMetric): void {
  if (metric.kind === 'rating') {
    requireText('metric.label', metric.label);
  } else if (metric.kind === 'custom') {
    requireText('metric.unit', metric.unit);
    requireFinite('metric.target', metric.target);
    // Zero or less is not something to work towards; ask for a positive number.
    if (metric.target <= 0) throw new ValidationError('metric.target', 'validation.outOfRange', { min: 0 });
  } else {
    throw new ValidationError('metric.kind', 'validation.invalidValue');
  }
}

function prepare(goal: Goal): Goal {
  requireText('title', goal.title);
  requireOneOf('status', goal.status, statuses);
  validateMetric(goal.metric);
  return { ...goal, title: goal.title.trim(), value: goal.value.trim(), why: goal.why.trim() };
}

function definitionOf(goal: Goal): GoalDefinition {
  const { title, value, why, withTherapist, metric } = goal;
  return { title, value, why, withTherapist, metric };
}

const base = createRecordRepo(db.goals, { prepare });
const live = (g: { deletedAt?: string }): boolean => g.deletedAt === undefined;

export type NewGoal = Omit<NewRecord<Goal>, 'revision' | 'status'> & { status?: GoalStatus };

export const goalsRepo = {
  ...base,

  /** New goals start active at revision 1. */
  add(input: NewGoal): Promise<Goal> {
    return base.add({ ...input, status: input.status ?? 'active', revision: 1 });
  },

  async listByStatus(status: GoalStatus): Promise<Goal[]> {
    const rows = await db.goals.where('status').equals(status).filter(live).toArray();
    return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  },

  /**
   * Edits the goal's definition. If anything actually changes, the previous
   * definition is kept as a GoalRevision and `revision` increments, both in one
   * transaction so a crash never leaves one without the other.
   */
  update(id: string, patch: Partial<GoalDefinition>): Promise<Goal> {
    return db.transaction('rw', db.goals, db.goalRevisions, async () => {
      const existing = await db.goals.get(id);
      if (!isLive(existing)) throw new RecordNotFoundError('goals', id);
      const before = definitionOf(existing);
      // An undefined field means "unchanged": every definition field is required.
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = prepare({ ...existing, ...changes });
      const changedFields = definitionFields.filter(
        (f) => JSON.stringify(before[f]) !== JSON.stringify(next[f]),
      );
      if (changedFields.length === 0) return existing;
      const now = nowIso();
      const revision: GoalRevision = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        goalId: id,
        revision: existing.revision,
        changedAt: now,
        before,
        changedFields,
      };
      const updated: Goal = { ...next, revision: existing.revision + 1, updatedAt: now };
      await db.goalRevisions.add(revision);
      await db.goals.put(updated);
      return updated;
    });
  },

  /**
   * Status changes (pause, complete, archive) are not definition edits: no
   * revision. While the goal is not active its milestones rest too: a span in
   * their `pauses` (marked withGoal) keeps those days out of their scores.
   */
  async setStatus(id: string, status: GoalStatus, today: LocalDay = todayLocal()): Promise<Goal> {
    requireOneOf('status', status, statuses);
    return await db.transaction('rw', db.goals, db.milestones, async () => {
      const existing = await db.goals.get(id);
      if (!isLive(existing)) throw new RecordNotFoundError('goals', id);
      if (existing.status === status) return existing;
      const wasActive = existing.status === 'active';
      if (wasActive || status === 'active') {
        const milestones = await db.milestones.where('goalId').equals(id).filter(live).toArray();
        for (const m of milestones) {
          const pauses = [...(m.pauses ?? [])];
          if (status === 'active') {
            const open = pauses.findIndex((p) => p.to === undefined && p.withGoal);
            const span = pauses[open];
            if (!span) continue;
            pauses[open] = { ...span, to: today };
          } else {
            pauses.push({ from: today, withGoal: true });
          }
          await db.milestones.put({ ...m, pauses });
        }
      }
      return base.update(id, { status });
    });
  },

  /** Earlier definitions of a goal, oldest first. */
  async revisions(goalId: string): Promise<GoalRevision[]> {
    const rows = await db.goalRevisions
      .where('[goalId+revision]')
      .between([goalId, 0], [goalId, Infinity], true, true)
      .toArray();
    return rows.filter((r) => r.deletedAt === undefined);
  },
};
