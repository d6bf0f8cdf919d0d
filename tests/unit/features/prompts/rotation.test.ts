import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { builtinPrompts, builtinPromptText, findBuiltinPrompt, promptThemes } from '../../../../src/features/prompts/builtinPrompts';
import { dayNumber, promptAtPosition, promptOfTheDay, rotationPosition } from '../../../../src/features/prompts/rotation';
import { promptLibrary } from '../../../../src/i18n/en/promptLibrary';

const next = (day: string, n = 1) => format(addDays(parseISO(day), n), 'yyyy-MM-dd');

describe('built-in prompt library', () => {
  it('has at least 60 prompts across the ten themes, each with a stable unique id and a text', () => {
    expect(builtinPrompts.length).toBeGreaterThanOrEqual(60);
    expect(new Set(builtinPrompts.map((p) => p.id)).size).toBe(builtinPrompts.length);
    expect(promptThemes).toHaveLength(10);
    for (const theme of promptThemes) expect(builtinPrompts.filter((p) => p.theme === theme).length).toBeGreaterThanOrEqual(6);
    for (const p of builtinPrompts) {
      expect(p.id).toMatch(new RegExp(`^${p.theme}-\\d{2}$`));
      expect(builtinPromptText(p).length).toBeGreaterThan(15);
    }
    expect(new Set(builtinPrompts.map(builtinPromptText)).size).toBe(builtinPrompts.length);
    expect(findBuiltinPrompt('why-03')).toEqual({ id: 'why-03', theme: 'why' });
    expect(findBuiltinPrompt('nope-01')).toBeUndefined();
  });

  it('has no catalogue text without a prompt in the data', () => {
    const keys = Object.keys(promptLibrary).filter((k) => k.startsWith('promptText.'));
    expect(keys.sort()).toEqual(builtinPrompts.map((p) => `promptText.${p.id}`).sort());
  });

  it('speaks kindly: no empty texts and no shaming words', () => {
    for (const [key, value] of Object.entries(promptLibrary)) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).not.toMatch(/\b(fail(ed)?|streak|invalid|error:|should have)\b/i);
    }
  });
});

describe('prompt of the day rotation', () => {
  it('counts calendar days, unaffected by clock changes', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    // Europe/London springs forward on 2026-03-29 and falls back on 2026-10-25.
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
    expect(dayNumber('2026-10-26') - dayNumber('2026-10-24')).toBe(2);
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1);
  });

  it('is deterministic for a day and changes theme every day', () => {
    expect(promptOfTheDay('2026-11-29')).toEqual(promptOfTheDay('2026-11-29'));
    let day = '2026-11-29';
    const themes: string[] = [];
    for (let i = 0; i < promptThemes.length; i += 1) {
      themes.push(promptOfTheDay(day).theme);
      day = next(day);
    }
    expect(new Set(themes).size).toBe(promptThemes.length);
  });

  it('shows every prompt once before any repeats, day after day', () => {
    const seen = new Set<string>();
    let day = '2026-11-29';
    for (let i = 0; i < builtinPrompts.length; i += 1) {
      seen.add(promptOfTheDay(day).id);
      day = next(day);
    }
    expect(seen.size).toBe(builtinPrompts.length);
  });

  it('never repeats a prompt within its theme cycle while the app is opened daily, with skips', () => {
    // Walk forward with a mix of days and "Another prompt" taps (offset + 1).
    let day = '2026-01-01';
    let offset = 0;
    const shownByTheme = new Map<string, string[]>();
    for (let i = 0; i < 400; i += 1) {
      const prompt = promptOfTheDay(day, offset);
      shownByTheme.set(prompt.theme, [...(shownByTheme.get(prompt.theme) ?? []), prompt.id]);
      if (i % 3 === 0) offset += 1;
      else day = next(day);
    }
    for (const [theme, shown] of shownByTheme) {
      const size = builtinPrompts.filter((p) => p.theme === theme).length;
      for (let start = 0; start + size <= shown.length; start += 1) {
        expect(new Set(shown.slice(start, start + size)).size, theme).toBe(size);
      }
    }
  });

  it('never shows a prompt twice within one cycle of its theme, even with days missed', () => {
    // A theme cycle = the rounds [k·n, (k+1)·n) of a theme with n prompts (see rotation.ts).
    let day = '2026-01-01';
    let offset = 0;
    const shownByCycle = new Map<string, string[]>();
    for (let i = 0; i < 500; i += 1) {
      const position = rotationPosition(day, offset);
      const prompt = promptAtPosition(position);
      const n = builtinPrompts.filter((p) => p.theme === prompt.theme).length;
      const cycle = `${prompt.theme}#${Math.floor(Math.floor(position / promptThemes.length) / n)}`;
      shownByCycle.set(cycle, [...(shownByCycle.get(cycle) ?? []), prompt.id]);
      if (i % 4 === 0) offset += 1;
      else day = next(day, 1 + (i % 5 === 0 ? 3 : 0) + (i % 11 === 0 ? 12 : 0));
    }
    expect(shownByCycle.size).toBeGreaterThan(10);
    for (const [cycle, shown] of shownByCycle) expect(new Set(shown).size, cycle).toBe(shown.length);
  });

  it('"Another prompt" gives a different prompt for the same day', () => {
    const first = promptOfTheDay('2026-11-29', 0);
    const second = promptOfTheDay('2026-11-29', 1);
    expect(second.id).not.toBe(first.id);
    expect(promptOfTheDay('2026-11-30', 0)).toEqual(second);
  });

  it('orders prompts within a theme by a fixed shuffle, not alphabetically', () => {
    const positions = Array.from({ length: 7 }, (_, round) => promptAtPosition(round * promptThemes.length).id);
    expect(new Set(positions).size).toBe(7);
    expect(positions).not.toEqual([...positions].sort());
    expect(promptAtPosition(-5)).toEqual(promptAtPosition(0));
  });
});
