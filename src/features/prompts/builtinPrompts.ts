import { locale } from '../../i18n';
import { promptLibrary } from '../../i18n/en/promptLibrary';

type LibraryKey = keyof typeof promptLibrary;
type Library = Readonly<Record<LibraryKey, string>>;

/** Prompt texts per locale; English is the fallback. */
const libraries: Readonly<Record<string, Library>> = { en: promptLibrary };

function text(key: LibraryKey): string {
  return (libraries[locale()] ?? promptLibrary)[key];
}

/** Themes of the built-in library, in the order they are shown and rotated. */
export const promptThemes = [
  'progress',
  'should',
  'why',
  'body',
  'past',
  'values',
  'steps',
  'wins',
  'relationships',
  'compassion',
] as const;

export type PromptTheme = (typeof promptThemes)[number];

/** Ids that have a text in the catalogue: a typo or missing string fails the type check. */
export type BuiltinPromptId = LibraryKey extends infer K ? (K extends `promptText.${infer Id}` ? Id : never) : never;

export interface BuiltinPrompt {
  /** Stable forever: journal entries and favourites refer to it. */
  id: BuiltinPromptId;
  theme: PromptTheme;
}

const numbers = ['01', '02', '03', '04', '05', '06', '07'] as const;

/**
 * The library as data: every theme has ids `<theme>-01` … `<theme>-07`. The text
 * lives in a string file (src/i18n/en/promptLibrary.ts) so it can be translated.
 */
export const builtinPrompts: readonly BuiltinPrompt[] = promptThemes.flatMap((theme) =>
  numbers.map((n) => ({ id: `${theme}-${n}` satisfies BuiltinPromptId, theme })),
);

const byId = new Map<string, BuiltinPrompt>(builtinPrompts.map((p) => [p.id, p]));

export function findBuiltinPrompt(id: string): BuiltinPrompt | undefined {
  return byId.get(id);
}

export function builtinPromptText(prompt: BuiltinPrompt): string {
  return text(`promptText.${prompt.id}`);
}

export function themeName(theme: PromptTheme): string {
  return text(`promptTheme.${theme}`);
}

export function isPromptTheme(value: string): value is PromptTheme {
  return (promptThemes as readonly string[]).includes(value);
}

export function promptsInTheme(theme: PromptTheme): BuiltinPrompt[] {
  return builtinPrompts.filter((p) => p.theme === theme);
}
