import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goalsRepo } from '../../../../src/features/goals/goals.repo';
import { describeChange, revisionLines } from '../../../../src/features/goals/revisions';
import type { GoalDefinition } from '../../../../src/db';
import { resetDb } from '../../../fixtures/db';

const def: GoalDefinition = {
  title: 'Move every day',
  value: 'Health',
  why: 'Energy for the kids',
  withTherapist: 0,
  metric: { kind: 'custom', unit: 'minutes', target: 20, higherIsBetter: true },
};

describe('revision history in words', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-01T08:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows each edit with its date and what changed, newest first', async () => {
    const goal = await goalsRepo.add(def);
    vi.setSystemTime(new Date('2026-11-03T10:00:00Z'));
    await goalsRepo.update(goal.id, { metric: { ...def.metric, target: 30 } as GoalDefinition['metric'] });
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    const now = await goalsRepo.update(goal.id, { title: 'Move most days', withTherapist: 1 });
    const lines = revisionLines(await goalsRepo.revisions(goal.id), now, new Date('2026-11-29T09:30:00Z'));
    expect(lines.map((l) => l.text)).toEqual([
      'Changed on 20 Nov: name “Move every day” → “Move most days”; now marked as set with my therapist',
      'Changed on 3 Nov: target 20 → 30 minutes',
    ]);
  });

  it('names a different measure, direction and value plainly, and adds the year for older edits', () => {
    const rating = { kind: 'rating', label: 'calm', lowLabel: 'tense', highLabel: 'calm', higherIsBetter: false } as const;
    expect(describeChange(def, { ...def, metric: rating }, ['metric'])).toBe('measure 20 minutes → calm (0–10); now lower is better');
    expect(describeChange({ ...def, value: '' }, def, ['value', 'why'])).toBe('value set to Health; why it matters was rewritten');
    const lines = revisionLines(
      [{ id: 'r1', createdAt: '', updatedAt: '', goalId: 'g', revision: 1, changedAt: '2025-02-03T10:00:00Z', before: def, changedFields: ['value'] }],
      { ...def, value: 'Family' },
      new Date('2026-11-29T09:30:00Z'),
    );
    expect(lines[0]?.text).toBe('Changed on 3 Feb 2025: value Health → Family');
  });
});
