import { describe, expect, it } from 'vitest';
import {
  GAD7,
  PHQ9,
  WHO5,
  bandOf,
  bandRanges,
  displayScore,
  measureChange,
  measureTotal,
  needsSafetyScreen,
} from '../../../src/lib/measures';

describe('instrument definitions', () => {
  it('have the published number of items and response options', () => {
    expect(PHQ9.questions).toHaveLength(9);
    expect(GAD7.questions).toHaveLength(7);
    expect(WHO5.questions).toHaveLength(5);
    expect(PHQ9.options.map((o) => [o.value, o.label])).toEqual([
      [0, 'Not at all'],
      [1, 'Several days'],
      [2, 'More than half the days'],
      [3, 'Nearly every day'],
    ]);
    expect(WHO5.options.map((o) => o.value)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(WHO5.options[0]?.label).toBe('All of the time');
    expect(WHO5.options[5]?.label).toBe('At no time');
    expect(PHQ9.questions[8]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(GAD7.questions[0]).toBe('Feeling nervous, anxious, or on edge');
    expect(WHO5.questions[0]).toBe('I have felt cheerful and in good spirits');
    expect(PHQ9.attribution).toContain('Spitzer, Janet B.W. Williams, Kurt Kroenke');
    expect(PHQ9.attribution).toContain('Pfizer');
    expect(WHO5.attribution).toContain('Psychiatric Research Unit');
  });
});

describe('scoring', () => {
  it('sums answers; WHO-5 is shown as raw × 4', () => {
    expect(measureTotal([0, 1, 2, 3, 0, 1, 2, 3, 1])).toBe(13);
    expect(measureTotal([3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(27);
    expect(displayScore('who5', measureTotal([5, 5, 5, 5, 5]))).toBe(100);
    expect(displayScore('who5', measureTotal([3, 2, 3, 2, 3]))).toBe(52);
    expect(displayScore('phq9', 13)).toBe(13);
  });

  // Hand-computed: every boundary on both sides.
  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
    [15, 'moderatelySevere'], [19, 'moderatelySevere'], [20, 'severe'], [27, 'severe'],
  ] as const)('PHQ-9 %i is %s', (score, band) => {
    expect(bandOf('phq9', score)).toBe(band);
  });

  it.each([
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'severe'], [21, 'severe'],
  ] as const)('GAD-7 %i is %s', (score, band) => {
    expect(bandOf('gad7', score)).toBe(band);
  });

  it.each([
    [0, 'low'], [48, 'low'], [50, 'low'], [52, 'ok'], [100, 'ok'],
  ] as const)('WHO-5 %i is %s (50 or below suggests talking to a professional)', (score, band) => {
    expect(bandOf('who5', score)).toBe(band);
  });

  it('band ranges cover the whole scale without gaps', () => {
    expect(bandRanges('phq9')).toEqual([
      { band: 'minimal', from: 0, to: 4 },
      { band: 'mild', from: 5, to: 9 },
      { band: 'moderate', from: 10, to: 14 },
      { band: 'moderatelySevere', from: 15, to: 19 },
      { band: 'severe', from: 20, to: 27 },
    ]);
    expect(bandRanges('gad7').at(-1)).toEqual({ band: 'severe', from: 15, to: 21 });
    expect(bandRanges('who5')).toEqual([
      { band: 'low', from: 0, to: 50 },
      { band: 'ok', from: 51, to: 100 },
    ]);
  });
});

describe('meaningful change', () => {
  it.each([
    ['phq9', 14, 10, -4, 'better', false],
    ['phq9', 14, 9, -5, 'better', true],
    ['phq9', 9, 14, 5, 'worse', true],
    ['gad7', 12, 9, -3, 'better', false],
    ['gad7', 12, 8, -4, 'better', true],
    ['who5', 40, 48, 8, 'better', false],
    ['who5', 40, 52, 12, 'better', true],
    ['who5', 60, 50, -10, 'worse', true],
    ['who5', 60, 60, 0, 'same', false],
  ] as const)('%s %i → %i', (measure, from, to, delta, direction, meaningful) => {
    expect(measureChange(measure, from, to)).toEqual({ delta, direction, meaningful });
  });
});

describe('safety screen', () => {
  it('is needed for any non-zero answer to PHQ-9 item 9, even before the rest is answered', () => {
    const none = Array<number | null>(9).fill(null);
    expect(needsSafetyScreen('phq9', none)).toBe(false);
    expect(needsSafetyScreen('phq9', [...none.slice(0, 8), 0])).toBe(false);
    for (const v of [1, 2, 3]) expect(needsSafetyScreen('phq9', [...none.slice(0, 8), v])).toBe(true);
    expect(needsSafetyScreen('gad7', [0, 0, 0, 0, 0, 0, 3])).toBe(false);
  });
});
