import type { LocalDay } from '../../lib/days';
import { builtinPrompts, promptThemes, type BuiltinPrompt, type PromptTheme } from './builtinPrompts';

/*
 * Prompt of the day: a deterministic rotation over the built-in library.
 *
 * position = (days since 1970-01-01 for the local day) + offset
 *   theme  = themes[position mod T]            (T = number of themes: a new theme each day)
 *   round  = floor(position / T)               (how many times that theme came up before)
 *   prompt = order(theme)[round mod n(theme)]  (order = a fixed shuffle of the theme)
 *
 * "Another prompt" adds 1 to the stored offset. The position therefore only ever
 * grows (one per day, one per skip), so within a theme every prompt is shown once
 * before any of them comes round again: nothing repeats within a theme cycle. The
 * same day and offset always give the same prompt, on every device and after reload.
 */

/** Whole days since 1970-01-01 for a 'YYYY-MM-DD' day; calendar arithmetic, so DST cannot shift it. */
export function dayNumber(day: LocalDay): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** A small seeded PRNG (mulberry32), so each theme's order is shuffled but fixed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seeded(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const orders = new Map<PromptTheme, BuiltinPrompt[]>(
  promptThemes.map((theme, index) => [theme, shuffled(builtinPrompts.filter((p) => p.theme === theme), 7919 * (index + 1))]),
);

/** The prompt at a position of the rotation. Positions below 0 are treated as 0. */
export function promptAtPosition(position: number): BuiltinPrompt {
  const p = Math.max(0, Math.floor(position));
  const theme = promptThemes[p % promptThemes.length] as PromptTheme;
  const order = orders.get(theme) ?? [];
  const round = Math.floor(p / promptThemes.length);
  const prompt = order[round % order.length];
  if (!prompt) throw new Error(`No built-in prompts for theme ${theme}`);
  return prompt;
}

export function rotationPosition(day: LocalDay, offset: number): number {
  return dayNumber(day) + Math.max(0, Math.floor(offset));
}

export function promptOfTheDay(day: LocalDay, offset = 0): BuiltinPrompt {
  return promptAtPosition(rotationPosition(day, offset));
}
