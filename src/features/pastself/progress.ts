import type { CheckIn, Goal, Intake, LocalDay } from '../../db';

/** Raw numbers read from the database (see progress.repo.ts). */
export interface ProgressInputs {
  intake?: Intake;
  latestCheckin?: CheckIn;
  /** Goals by id, for names of goal ratings. */
  goals: Pick<Goal, 'id' | 'title'>[];
  checkoffs: number;
  successes: number;
  sessions: number;
  entries: number;
}

export interface RatingThenNow {
  label: string;
  then: number;
  now: number;
  nowDay: LocalDay;
}

export type CountKind = 'checkoffs' | 'successes' | 'sessions' | 'entries';

export interface ProgressFigures {
  /** Overall first, then goals; only where both a first rating and a check-in exist. */
  ratings: RatingThenNow[];
  /** Only kinds with at least one record: nothing is shown as zero or guessed. */
  counts: { kind: CountKind; count: number }[];
}

const COUNT_ORDER: CountKind[] = ['sessions', 'entries', 'checkoffs', 'successes'];

/** Real figures for the letter side panel, computed from what exists and nothing else. */
export function progressFigures(input: ProgressInputs, overallLabel: string): ProgressFigures {
  const ratings: RatingThenNow[] = [];
  const { intake, latestCheckin: now } = input;
  if (intake && now) {
    if (intake.overall !== undefined) ratings.push({ label: overallLabel, then: intake.overall, now: now.overall, nowDay: now.day });
    for (const first of intake.goalRatings) {
      const latest = now.ratings.find((r) => r.goalId === first.goalId);
      const goal = input.goals.find((g) => g.id === first.goalId);
      if (latest && goal) ratings.push({ label: goal.title, then: first.value, now: latest.value, nowDay: now.day });
    }
  }
  const counts = COUNT_ORDER.map((kind) => ({ kind, count: input[kind] })).filter((c) => c.count > 0);
  return { ratings, counts };
}
