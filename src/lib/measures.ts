import type { MeasureId } from '../db/types';

/*
 * The three standard questionnaires. Item wording, stems and response options
 * are the published English forms, word for word, checked against the
 * published PHQ-9 / GAD-7 (Pfizer, "no permission required") and WHO-5 (1998
 * version) forms. They live here, not in the i18n catalogue, on purpose: an
 * instrument must never be paraphrased or casually translated (another
 * language needs that instrument's own validated translation), and the
 * catalogue's tone checks would reject published words like "failure".
 */

export interface ResponseOption {
  value: number;
  label: string;
}

export interface MeasureSpec {
  id: MeasureId;
  name: string;
  items: number;
  maxAnswer: number;
  stem: string;
  questions: readonly string[];
  /** In the order the published form shows them. */
  options: readonly ResponseOption[];
  attribution: string;
  /** Highest possible shown score (after any scaling). */
  maxScore: number;
  higherIsBetter: boolean;
}

const frequency: readonly ResponseOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

const pfizer =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

export const PHQ9: MeasureSpec = {
  id: 'phq9',
  name: 'PHQ-9',
  items: 9,
  maxAnswer: 3,
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  questions: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  options: frequency,
  attribution: pfizer,
  maxScore: 27,
  higherIsBetter: false,
};

export const GAD7: MeasureSpec = {
  id: 'gad7',
  name: 'GAD-7',
  items: 7,
  maxAnswer: 3,
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  questions: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid, as if something awful might happen',
  ],
  options: frequency,
  attribution: pfizer,
  maxScore: 21,
  higherIsBetter: false,
};

export const WHO5: MeasureSpec = {
  id: 'who5',
  name: 'WHO-5',
  items: 5,
  maxAnswer: 5,
  stem: 'Over the last two weeks',
  questions: [
    'I have felt cheerful and in good spirits',
    'I have felt calm and relaxed',
    'I have felt active and vigorous',
    'I woke up feeling fresh and rested',
    'My daily life has been filled with things that interest me',
  ],
  options: [
    { value: 5, label: 'All of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 3, label: 'More than half of the time' },
    { value: 2, label: 'Less than half of the time' },
    { value: 1, label: 'Some of the time' },
    { value: 0, label: 'At no time' },
  ],
  attribution:
    'WHO-5 Well-Being Index © Psychiatric Research Unit, Mental Health Centre North Zealand (WHO Collaborating Centre in Mental Health), Hillerød, Denmark. Free to use.',
  maxScore: 100,
  higherIsBetter: true,
};

export const measureSpecs: Readonly<Record<MeasureId, MeasureSpec>> = { phq9: PHQ9, gad7: GAD7, who5: WHO5 };
export const measureIds: readonly MeasureId[] = ['phq9', 'gad7', 'who5'];

/** PHQ-9 item 9 (thoughts of being better off dead or of self-harm), 0-based. */
export const PHQ9_SAFETY_ITEM = 8;

/** True when the answers need the safety screen: any non-zero answer to PHQ-9 item 9. */
export function needsSafetyScreen(measure: MeasureId, answers: readonly (number | null)[]): boolean {
  return measure === 'phq9' && (answers[PHQ9_SAFETY_ITEM] ?? 0) > 0;
}

/** Raw sum of answers (WHO-5 raw score 0–25; multiply by 4 for the percentage). */
export function measureTotal(answers: readonly number[]): number {
  return answers.reduce((sum, a) => sum + a, 0);
}

/** The score people see: PHQ-9 and GAD-7 totals as they are, WHO-5 raw × 4 (0–100). */
export function displayScore(measure: MeasureId, rawTotal: number): number {
  return measure === 'who5' ? rawTotal * 4 : rawTotal;
}

export type Band = 'minimal' | 'mild' | 'moderate' | 'moderatelySevere' | 'severe' | 'low' | 'ok';

/** [lowest score in band, band], ascending. Cut-offs as published (and as issue 5 lists). */
const bandTables: Record<MeasureId, readonly (readonly [number, Band])[]> = {
  phq9: [[0, 'minimal'], [5, 'mild'], [10, 'moderate'], [15, 'moderatelySevere'], [20, 'severe']],
  gad7: [[0, 'minimal'], [5, 'mild'], [10, 'moderate'], [15, 'severe']],
  // WHO-5: 50 or below (on 0–100) suggests talking to a professional.
  who5: [[0, 'low'], [51, 'ok']],
};

/** Bands with their score range on the shown scale, for chart shading and tables. */
export function bandRanges(measure: MeasureId): { band: Band; from: number; to: number }[] {
  const table = bandTables[measure];
  return table.map(([from, band], i) => ({ band, from, to: (table[i + 1]?.[0] ?? measureSpecs[measure].maxScore + 1) - 1 }));
}

/** The band of a shown score (WHO-5 on 0–100). */
export function bandOf(measure: MeasureId, score: number): Band {
  let found: Band = bandTables[measure][0]?.[1] ?? 'minimal';
  for (const [from, band] of bandTables[measure]) if (score >= from) found = band;
  return found;
}

/*
 * Meaningful change on the shown scale. Sources / assumptions:
 * - WHO-5: a change of 10 percentage points is clinically relevant (Topp et
 *   al., Psychother Psychosom 2015; also stated in issue 5).
 * - PHQ-9: 5 points, the minimal clinically important difference used in the
 *   PHQ literature (Kroenke et al., 2001; Löwe et al., Med Care 2004).
 * - GAD-7: 4 points, the reliable/minimal important change commonly used for
 *   GAD-7 (Toussaint et al., 2020 MCID ≈ 4; NHS Talking Therapies reliable
 *   change index uses 4).
 * The threshold counts as met when |change| ≥ threshold.
 */
export const meaningfulThreshold: Readonly<Record<MeasureId, number>> = { phq9: 5, gad7: 4, who5: 10 };

export type ChangeDirection = 'better' | 'worse' | 'same';

export interface MeasureChange {
  delta: number;
  direction: ChangeDirection;
  meaningful: boolean;
}

/** Change between two shown scores; "better" respects each measure's direction. */
export function measureChange(measure: MeasureId, from: number, to: number): MeasureChange {
  const delta = to - from;
  const improving = measureSpecs[measure].higherIsBetter ? delta > 0 : delta < 0;
  const direction: ChangeDirection = delta === 0 ? 'same' : improving ? 'better' : 'worse';
  return { delta, direction, meaningful: Math.abs(delta) >= meaningfulThreshold[measure] };
}
