import { db } from '../../db';
import type { Prompt } from '../../db';
import { createRecordRepo } from '../../db/records';
import { ValidationError } from '../../lib/errors';
import { nowIso } from '../../lib/ids';
import { requireOneOf, requireText } from '../../lib/validate';

function prepare(prompt: Prompt): Prompt {
  requireText('text', prompt.text);
  requireText('theme', prompt.theme);
  requireOneOf('source', prompt.source, ['own', 'builtin']);
  return { ...prompt, text: prompt.text.trim(), theme: prompt.theme.trim() };
}

const base = createRecordRepo(db.prompts, { prepare });
const live = (p: Prompt): boolean => p.deletedAt === undefined;
const byText = (a: Prompt, b: Prompt): number => a.text.localeCompare(b.text);

/** Theme stored on prompts the user writes; built-in themes are in builtinPrompts.ts. */
export const OWN_THEME = 'mine';
export const OWN_PROMPT_MAX = 500;

export const promptsRepo = {
  ...base,

  /** Prompts the user wrote themselves. */
  async listOwn(): Promise<Prompt[]> {
    const rows = await db.prompts.where('source').equals('own').filter(live).toArray();
    return rows.sort(byText);
  },

  async listFavourites(): Promise<Prompt[]> {
    const rows = await db.prompts.where('favourite').equals(1).filter(live).toArray();
    return rows.sort(byText);
  },

  async byTheme(theme: string): Promise<Prompt[]> {
    const rows = await db.prompts.where('theme').equals(theme).filter(live).toArray();
    return rows.sort(byText);
  },

  /** A prompt the user writes; trimmed, at most OWN_PROMPT_MAX characters. */
  async addOwn(text: string): Promise<Prompt> {
    if (typeof text === 'string' && text.trim().length > OWN_PROMPT_MAX) {
      throw new ValidationError('text', 'validation.outOfRange', { min: 1, max: OWN_PROMPT_MAX });
    }
    return base.add({ theme: OWN_THEME, text, source: 'own', favourite: 0 });
  },

  /** Ids of favourite prompts (built-in ids or own prompt ids). */
  async favouriteIds(): Promise<Set<string>> {
    const keys = await db.prompts.where('favourite').equals(1).filter(live).primaryKeys();
    return new Set(keys);
  },

  /** How many times "Another prompt" was tapped, ever: shifts the rotation (see rotation.ts). */
  async promptOfDayOffset(): Promise<number> {
    const row = await db.settings.get('promptOfDayOffset');
    return typeof row?.value === 'number' ? row.value : 0;
  },

  /** "Another prompt": one step further in the rotation, for today and every day after. */
  skipPromptOfDay(): Promise<number> {
    return db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get('promptOfDayOffset');
      const next = (typeof row?.value === 'number' ? row.value : 0) + 1;
      await db.settings.put({ key: 'promptOfDayOffset', value: next, updatedAt: nowIso() });
      return next;
    });
  },

  setFavourite(id: string, favourite: boolean): Promise<Prompt> {
    return base.update(id, { favourite: favourite ? 1 : 0 });
  },

  /**
   * Marks a built-in prompt (which lives in code) as favourite or not. The row's id
   * is the built-in's stable id, so repeating this never creates duplicates.
   */
  favouriteBuiltin(builtin: { id: string; theme: string; text: string }, favourite: boolean): Promise<Prompt> {
    return db.transaction('rw', db.prompts, async () => {
      const existing = await db.prompts.get(builtin.id);
      const now = nowIso();
      const row = prepare({
        id: builtin.id,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        theme: builtin.theme,
        text: builtin.text,
        source: 'builtin',
        favourite: favourite ? 1 : 0,
      });
      await db.prompts.put(row);
      return row;
    });
  },
};
