import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import { OWN_PROMPT_MAX, OWN_THEME, promptsRepo } from '../../../../src/features/prompts/prompts.repo';
import { resetDb } from '../../../fixtures/db';

describe('promptsRepo', () => {
  beforeEach(resetDb);

  it('stores own prompts, trimmed, and lists them alphabetically', async () => {
    await promptsRepo.add({ theme: 'values', text: ' What mattered? ', source: 'own', favourite: 0 });
    await promptsRepo.add({ theme: 'body', text: 'Where do I feel it?', source: 'own', favourite: 0 });
    expect((await promptsRepo.listOwn()).map((p) => p.text)).toEqual(['What mattered?', 'Where do I feel it?']);
    expect((await promptsRepo.byTheme('body')).map((p) => p.text)).toEqual(['Where do I feel it?']);
  });

  it('rejects empty text', async () => {
    await expect(promptsRepo.add({ theme: 'values', text: '', source: 'own', favourite: 0 })).rejects.toMatchObject({ field: 'text' });
  });

  it('favourites own prompts and toggles back', async () => {
    const p = await promptsRepo.add({ theme: 'values', text: 'Mine', source: 'own', favourite: 0 });
    await promptsRepo.setFavourite(p.id, true);
    expect((await promptsRepo.listFavourites()).map((f) => f.id)).toEqual([p.id]);
    await promptsRepo.setFavourite(p.id, false);
    expect(await promptsRepo.listFavourites()).toEqual([]);
  });

  it('favouriting a built-in prompt twice keeps one row keyed by the built-in id', async () => {
    const builtin = { id: 'builtin:values-1', theme: 'values', text: 'What would you do if no one was watching?' };
    const first = await promptsRepo.favouriteBuiltin(builtin, true);
    await promptsRepo.favouriteBuiltin(builtin, true);
    expect(await db.prompts.count()).toBe(1);
    expect(await promptsRepo.listFavourites()).toEqual([expect.objectContaining({ id: builtin.id, source: 'builtin', favourite: 1 })]);
    const off = await promptsRepo.favouriteBuiltin(builtin, false);
    expect(off.createdAt).toBe(first.createdAt);
    expect(await promptsRepo.listFavourites()).toEqual([]);
    expect(await promptsRepo.listOwn()).toEqual([]);
  });

  it('adds own prompts under their own theme and refuses empty or overlong ones without writing', async () => {
    const mine = await promptsRepo.addOwn('  What did I avoid today?  ');
    expect(mine).toMatchObject({ text: 'What did I avoid today?', theme: OWN_THEME, source: 'own', favourite: 0 });
    await expect(promptsRepo.addOwn('   ')).rejects.toMatchObject({ field: 'text' });
    await expect(promptsRepo.addOwn('x'.repeat(OWN_PROMPT_MAX + 1))).rejects.toMatchObject({ field: 'text' });
    expect(await db.prompts.count()).toBe(1);
    await promptsRepo.addOwn('x'.repeat(OWN_PROMPT_MAX));
    expect(await db.prompts.count()).toBe(2);
  });

  it('knows favourite ids across built-in and own prompts, leaving out deleted ones', async () => {
    const own = await promptsRepo.addOwn('Mine');
    await promptsRepo.setFavourite(own.id, true);
    await promptsRepo.favouriteBuiltin({ id: 'why-03', theme: 'why', text: 'Why?' }, true);
    await promptsRepo.favouriteBuiltin({ id: 'body-01', theme: 'body', text: 'Body?' }, false);
    expect([...(await promptsRepo.favouriteIds())].sort()).toEqual([own.id, 'why-03'].sort());
    await promptsRepo.softDelete(own.id);
    expect([...(await promptsRepo.favouriteIds())]).toEqual(['why-03']);
  });

  it('counts "Another prompt" taps, starting at 0, even when tapped twice at once', async () => {
    expect(await promptsRepo.promptOfDayOffset()).toBe(0);
    await Promise.all([promptsRepo.skipPromptOfDay(), promptsRepo.skipPromptOfDay()]);
    expect(await promptsRepo.promptOfDayOffset()).toBe(2);
  });
});
