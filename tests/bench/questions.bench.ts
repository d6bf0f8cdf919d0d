import { bench, describe } from 'vitest';
import { db } from '../../src/db';
import { questionsRepo } from '../../src/features/prompts/questions.repo';
import { therapistQuestions } from '../fixtures/dataset';

// Today shows the therapist's open questions. Ten years of weekly questions
// (mostly answered) must not slow it: listActive reads the status index only.
const DAY = '2026-11-29';
const history = therapistQuestions();

async function fill(rows: typeof history): Promise<void> {
  await db.transaction('rw', db.questions, async () => {
    await db.questions.clear();
    await db.questions.bulkAdd(rows);
  });
}

describe(`Today's questions: indexed read vs full scan (${history.length} questions)`, () => {
  bench('listActive, two questions in total', () => questionsRepo.listActive(DAY).then(() => undefined), {
    setup: () => fill(history.slice(0, 2)),
  });

  bench('listActive, ten years of questions', () => questionsRepo.listActive(DAY).then(() => undefined), {
    setup: () => fill(history),
  });

  bench('full table scan, ten years of questions (baseline)', () => questionsRepo.listInbox().then(() => undefined), {
    setup: () => fill(history),
  });
});
