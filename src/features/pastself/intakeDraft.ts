import type { Intake, JsonObject } from '../../db';
import type { IntakeInput } from './intake.repo';

export const INTAKE_STEPS = 3;

/** The intake flow's state; also the shape of its draft payload. */
export interface IntakeDraft extends JsonObject {
  step: number;
  whyCame: string;
  hopes: string;
  overall: number | null;
  ratings: { goalId: string; value: number }[];
  startedDay: string;
}

export function startIntake(existing: Intake | undefined): IntakeDraft {
  return {
    step: 0,
    whyCame: existing?.whyCame ?? '',
    hopes: existing?.hopes ?? '',
    overall: existing?.overall ?? null,
    ratings: existing ? existing.goalRatings.map((r) => ({ ...r })) : [],
    startedDay: existing?.startedDay ?? '',
  };
}

const str = (x: unknown): string => (typeof x === 'string' ? x : '');

export function readIntakeDraft(p: JsonObject, fallback: IntakeDraft): IntakeDraft {
  const ratings = Array.isArray(p.ratings)
    ? p.ratings.flatMap((r) =>
        r && typeof r === 'object' && !Array.isArray(r) && typeof r.goalId === 'string' && typeof r.value === 'number'
          ? [{ goalId: r.goalId, value: r.value }]
          : [],
      )
    : fallback.ratings;
  const step = typeof p.step === 'number' && p.step >= 0 && p.step < INTAKE_STEPS ? Math.floor(p.step) : 0;
  return {
    step,
    whyCame: str(p.whyCame),
    hopes: str(p.hopes),
    overall: typeof p.overall === 'number' ? p.overall : null,
    ratings,
    startedDay: str(p.startedDay),
  };
}

/** Only ratings for goals still offered; an empty date means "not said". */
export function toIntakeInput(d: IntakeDraft, goalIds: readonly string[]): IntakeInput {
  const input: IntakeInput = {
    whyCame: d.whyCame,
    hopes: d.hopes,
    goalRatings: d.ratings.filter((r) => goalIds.includes(r.goalId)),
  };
  if (d.overall !== null) input.overall = d.overall;
  if (d.startedDay !== '') input.startedDay = d.startedDay;
  return input;
}
