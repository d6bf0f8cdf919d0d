import { useLiveQuery } from 'dexie-react-hooks';
import type { Goal, LocalDay, MeasureId } from '../../db';
import { todayLocal } from '../../lib/days';
import { displayScore, measureIds } from '../../lib/measures';
import { checkinsRepo, measuresRepo } from '../checkins/checkins.repo';
import { goalsRepo } from '../goals/goals.repo';
import { logsRepo } from '../logs/logs.repo';
import { milestonesRepo } from '../milestones/milestones.repo';
import { shiftDay } from '../milestones/schedule';
import { gridStart } from './progressData';

/** Goal charts look back a year: enough to see a trend, bounded for ten years of data. */
const GOAL_DAYS = 365;

export interface ProgressData {
  today: LocalDay;
  goals: { goal: Goal; values: { day: LocalDay; value: number }[] }[];
  /** "Overall, how are things" from each check-in, oldest first. */
  overall: { day: LocalDay; value: number }[];
  measures: { measure: MeasureId; values: { day: LocalDay; score: number }[] }[];
  practice: Map<LocalDay, number>;
  hasMilestones: boolean;
  moments: { kind: 'success' | 'surprise'; day: LocalDay }[];
}

/** Reads by index and only the windows the charts show. */
export async function loadProgress(today: LocalDay = todayLocal()): Promise<ProgressData> {
  const from = gridStart(today);
  const [goals, checkins, milestones, logs] = await Promise.all([
    goalsRepo.listByStatus('active'),
    checkinsRepo.listSince(shiftDay(today, -GOAL_DAYS)),
    milestonesRepo.listActive(),
    logsRepo.listSince(from),
  ]);
  checkins.sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt));
  const goalSeries = goals.map((goal) => ({
    goal,
    values: checkins.flatMap((c) => c.ratings.filter((r) => r.goalId === goal.id).map((r) => ({ day: c.day, value: r.value }))),
  }));
  const measures = await Promise.all(
    measureIds.map(async (measure) => ({
      measure,
      values: (await measuresRepo.listByMeasure(measure)).map((m) => ({ day: m.day, score: displayScore(measure, m.total ?? 0) })),
    })),
  );
  // One day-range read for the heatmap's weeks, kept to steps that are active now.
  const active = new Set(milestones.map((m) => m.id));
  const practice = new Map<LocalDay, number>();
  for (const c of await milestonesRepo.checkoffsOnDays(from, today)) {
    if (active.has(c.milestoneId)) practice.set(c.day, (practice.get(c.day) ?? 0) + 1);
  }
  return {
    today,
    goals: goalSeries,
    overall: checkins.map((c) => ({ day: c.day, value: c.overall })),
    measures: measures.filter((m) => m.values.length > 0),
    practice,
    hasMilestones: milestones.length > 0,
    moments: logs.map((l) => ({ kind: l.kind, day: l.day })),
  };
}

export function useProgress(): ProgressData | undefined {
  return useLiveQuery(() => loadProgress(todayLocal()), []);
}
