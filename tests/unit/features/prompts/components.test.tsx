import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { navigate } from '../../../../src/app/router';
import { db } from '../../../../src/db';
import { builtinPromptText } from '../../../../src/features/prompts/builtinPrompts';
import ImportScreen from '../../../../src/features/prompts/ImportScreen';
import { PromptHeader } from '../../../../src/features/prompts/PromptHeader';
import { PromptOfTheDayCard } from '../../../../src/features/prompts/PromptOfTheDayCard';
import PromptsScreen from '../../../../src/features/prompts/PromptsScreen';
import { questionLink } from '../../../../src/features/prompts/questionLink';
import { questionsRepo } from '../../../../src/features/prompts/questions.repo';
import { promptOfTheDay } from '../../../../src/features/prompts/rotation';
import { TodayQuestionCard } from '../../../../src/features/prompts/TodayQuestionCard';
import { todayLocal } from '../../../../src/lib/days';
import { resetDb } from '../../../fixtures/db';

/** How long to wait for a write to show up through a live query (see the prompts library test). */
const SLOW = 5000;

const payload = { text: 'What felt lighter this week?', followUps: ['Where were you?'], from: 'Sam Rivera' };

beforeEach(resetDb);

describe('PromptOfTheDayCard', () => {
  it('shows the day’s prompt, moves on with "Another prompt", and links to the editor', async () => {
    render(<PromptOfTheDayCard />);
    const first = promptOfTheDay(todayLocal(), 0);
    await screen.findByText(builtinPromptText(first));
    expect(screen.getByRole('link', { name: 'Write about this' })).toHaveAttribute('href', `/journal/new?prompt=${first.id}`);
    await userEvent.click(screen.getByRole('button', { name: 'Another prompt' }));
    const second = promptOfTheDay(todayLocal(), 1);
    await screen.findByText(builtinPromptText(second));
    expect(screen.getByRole('link', { name: 'Write about this' })).toHaveAttribute('href', `/journal/new?prompt=${second.id}`);
  });
});

describe('TodayQuestionCard', () => {
  it('shows open questions with an Answer link, and leaves once answered', async () => {
    const { container } = render(<TodayQuestionCard />);
    const { question } = await questionsRepo.importQuestion(payload);
    await screen.findByText(payload.text);
    expect(screen.getByText('From Sam Rivera')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer' })).toHaveAttribute('href', `/journal/new?question=${question.id}`);
    await questionsRepo.markAnswered(question.id);
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it('hides a question snoozed until a later day', async () => {
    const { question } = await questionsRepo.importQuestion(payload);
    await questionsRepo.importQuestion({ text: 'Still open' });
    await questionsRepo.snooze(question.id, '2999-01-01');
    render(<TodayQuestionCard />);
    await screen.findByText('Still open');
    expect(screen.queryByText(payload.text)).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Answer' })).toHaveLength(1);
  });
});

describe('PromptHeader', () => {
  it('shows a built-in prompt as text', async () => {
    render(<PromptHeader promptId="why-03" />);
    expect(await screen.findByText(builtinPromptText({ id: 'why-03', theme: 'why' }))).toBeInTheDocument();
  });

  it('shows the therapist’s question with follow-ups and sender, never as markup', async () => {
    const { question } = await questionsRepo.importQuestion({ ...payload, text: '<b>Bold?</b> <img src=x>' });
    const { container } = render(<PromptHeader questionId={question.id} />);
    await screen.findByText('<b>Bold?</b> <img src=x>');
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('Where were you?')).toBeInTheDocument();
    expect(screen.getByText('From Sam Rivera')).toBeInTheDocument();
  });
});

describe('ImportScreen', () => {
  it('previews who it says it is from, adds once, and reports the second time as already there', async () => {
    const user = userEvent.setup();
    render(<ImportScreen />);
    const box = screen.getByRole('textbox', { name: 'Link or question' });
    const link = questionLink(payload, 'https://between.example');
    for (const expected of ['Added to your inbox.', 'You already have this question. Nothing new was added.']) {
      await user.clear(box);
      await user.click(box);
      await user.paste(link);
      await user.click(screen.getByRole('button', { name: 'Show what will be added' }));
      const preview = screen.getByRole('region', { name: 'This will be added to your inbox' });
      expect(within(preview).getByText('It says it is from Sam Rivera. Between cannot check who really sent it.')).toBeInTheDocument();
      expect(within(preview).getByText(payload.text)).toBeInTheDocument();
      expect(await db.questions.count()).toBe(expected === 'Added to your inbox.' ? 0 : 1);
      await user.click(within(preview).getByRole('button', { name: 'Add to my inbox' }));
      expect(await screen.findByText(expected)).toBeInTheDocument();
    }
    expect(await db.questions.count()).toBe(1);
  });

  it('explains a damaged link and stores nothing', async () => {
    const user = userEvent.setup();
    render(<ImportScreen />);
    await user.click(screen.getByRole('textbox', { name: 'Link or question' }));
    await user.paste(questionLink(payload, 'https://between.example').slice(0, -5));
    await user.click(screen.getByRole('button', { name: 'Show what will be added' }));
    expect(screen.getByText(/cut short or changed on the way/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to my inbox' })).toBeNull();
    expect(await db.questions.count()).toBe(0);
  });

  it('takes a typed question with no sender', async () => {
    const user = userEvent.setup();
    render(<ImportScreen />);
    await user.type(screen.getByRole('textbox', { name: 'Link or question' }), 'What do I need more of?');
    await user.click(screen.getByRole('button', { name: 'Show what will be added' }));
    expect(screen.getByText('It does not say who it is from.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to my inbox' }));
    await screen.findByText('Added to your inbox.');
    expect((await questionsRepo.listAll()).map((q) => [q.text, q.from])).toEqual([['What do I need more of?', undefined]]);
  });
});

describe('PromptsScreen', () => {
  // Each step waits on a Dexie write and a live query re-run; under a loaded
  // machine those can take well over the 1 s Testing Library default, so the
  // waits are generous (they return as soon as the text appears).
  it('browses a theme, favourites a built-in prompt, and adds an own prompt', async () => {
    const user = userEvent.setup();
    navigate('/prompts?theme=body', { replace: true });
    render(<PromptsScreen />);
    expect(screen.getByRole('button', { name: 'What my body is telling me' })).toHaveAttribute('aria-pressed', 'true');
    const text = builtinPromptText({ id: 'body-01', theme: 'body' });
    const item = screen.getByText(text).closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Favourite' }));
    const favourites = screen.getByRole('region', { name: 'Favourites' });
    await within(favourites).findByText(text, {}, { timeout: SLOW });
    await waitFor(() => expect(within(item).getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true'), {
      timeout: SLOW,
    });

    await user.click(screen.getByRole('button', { name: 'Add prompt' }));
    expect(await screen.findByText('Write a few words first, then add it.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Write your own prompt' }), 'What am I putting off?');
    await user.click(screen.getByRole('button', { name: 'Add prompt' }));
    const own = screen.getByRole('region', { name: 'My own prompts' });
    await within(own).findByText('What am I putting off?', {}, { timeout: SLOW });
    // The list row (with its link) can render a tick after the text is announced.
    const write = await within(own).findByRole('link', { name: 'Write about this' }, { timeout: SLOW });
    expect(write.getAttribute('href')).toMatch(/^\/journal\/new\?prompt=/);
  }, 20_000);
});
