import type { MeasureId } from '../db/types';

/** Shape of each standard questionnaire: number of items and the highest answer value. */
export const measureSpecs: Readonly<Record<MeasureId, { items: number; maxAnswer: number }>> = {
  phq9: { items: 9, maxAnswer: 3 },
  gad7: { items: 7, maxAnswer: 3 },
  who5: { items: 5, maxAnswer: 5 },
};

/** Raw sum of answers (WHO-5 raw score 0–25; multiply by 4 for the percentage). */
export function measureTotal(answers: readonly number[]): number {
  return answers.reduce((sum, a) => sum + a, 0);
}
