import { describe, expect, it } from 'vitest';
import { builtinPromptText } from '../../src/features/prompts/builtinPrompts';
import { promptOfTheDay } from '../../src/features/prompts/rotation';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';

const chromium = useBrowser();

describe('prompts', () => {
  it('offers a prompt of the day on Today that "Another prompt" changes for good', async () => {
    const { page } = await chromium.open();
    await page.goto('/');
    const card = page.getByRole('region', { name: 'A question for today' });
    // PINNED_NOW is 09:30 on 29 November 2026 in London: the rotation is deterministic.
    const first = builtinPromptText(promptOfTheDay('2026-11-29', 0));
    const second = builtinPromptText(promptOfTheDay('2026-11-29', 1));
    await card.getByText(first).waitFor();
    await card.getByRole('button', { name: 'Another prompt' }).click();
    await card.getByText(second).waitFor();
    await page.reload();
    await card.getByText(second).waitFor();
    await card.getByRole('link', { name: 'Write about this' }).click();
    await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    await page.getByRole('complementary', { name: 'Writing about' }).getByText(second).waitFor();
  });

  it('browses by theme, keeps favourites and own prompts across a reload', async () => {
    const { page } = await chromium.open();
    await page.goto('/more');
    await page.getByRole('link', { name: /Prompts/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Prompts' }).waitFor();
    await page.getByRole('button', { name: 'Self-compassion' }).click();
    await page.getByRole('heading', { level: 3, name: 'Self-compassion' }).waitFor();
    const item = page.getByRole('region', { name: 'Themes' }).getByRole('listitem').filter({ hasText: 'What am I being hard on myself about today?' });
    await item.getByRole('button', { name: 'Favourite' }).click();
    await expect.poll(() => item.getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('textbox', { name: 'Write your own prompt' }).fill('What am I putting off, and why?');
    await page.getByRole('button', { name: 'Add prompt' }).click();
    await page.getByText('Your prompt is added.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    const favourites = page.getByRole('region', { name: 'Favourites' });
    await favourites.getByText('What am I being hard on myself about today?').waitFor();
    const own = page.getByRole('region', { name: 'My own prompts' });
    await own.getByText('What am I putting off, and why?').waitFor();
    await own.getByRole('link', { name: 'Write about this' }).click();
    await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    await page.getByRole('complementary', { name: 'Writing about' }).getByText('What am I putting off, and why?').waitFor();
  });
});
