import { beforeEach, describe, expect, it } from 'vitest';
import { questionFingerprint, questionsRepo } from '../../../../src/features/prompts/questions.repo';
import { decodeQuestionLink, questionLink } from '../../../../src/features/prompts/questionLink';
import { resetDb } from '../../../fixtures/db';

const payload = { text: 'When did you feel most like yourself?', followUps: ['Who was there?'], dueDay: '2024-03-10', from: 'Dr. Ana' };

describe('questionsRepo', () => {
  beforeEach(resetDb);

  it('fingerprints ignore surrounding whitespace but not content', () => {
    expect(questionFingerprint({ ...payload, text: `  ${payload.text}\n` })).toBe(questionFingerprint(payload));
    expect(questionFingerprint({ ...payload, dueDay: '2024-03-11' })).not.toBe(questionFingerprint(payload));
    expect(questionFingerprint(payload)).toMatch(/^[0-9a-f]{14}$/);
  });

  it('imports a question once; the same link again is reported as a duplicate', async () => {
    const first = await questionsRepo.importQuestion(payload);
    expect(first.duplicate).toBe(false);
    expect(first.question).toMatchObject({ text: payload.text, followUps: ['Who was there?'], dueDay: '2024-03-10', from: 'Dr. Ana', status: 'open' });
    const again = await questionsRepo.importQuestion({ ...payload, text: ` ${payload.text} ` });
    expect(again).toEqual({ question: first.question, duplicate: true });
    expect(await questionsRepo.listAll()).toHaveLength(1);
  });

  it('a deleted question can be imported again', async () => {
    const { question } = await questionsRepo.importQuestion(payload);
    await questionsRepo.softDelete(question.id);
    const again = await questionsRepo.importQuestion(payload);
    expect(again.duplicate).toBe(false);
    expect(again.question.id).not.toBe(question.id);
  });

  it('rejects an empty question or a bad due day', async () => {
    await expect(questionsRepo.importQuestion({ text: ' ' })).rejects.toMatchObject({ field: 'text' });
    await expect(questionsRepo.importQuestion({ text: 'Hi', dueDay: 'soon' })).rejects.toMatchObject({ field: 'dueDay' });
    expect(await questionsRepo.listAll()).toEqual([]);
  });

  it('snoozed questions come back when the snooze ends', async () => {
    const { question: a } = await questionsRepo.importQuestion({ text: 'A' });
    const { question: b } = await questionsRepo.importQuestion({ text: 'B' });
    const { question: c } = await questionsRepo.importQuestion({ text: 'C' });
    await questionsRepo.snooze(b.id, '2024-03-08');
    await questionsRepo.setStatus(c.id, 'answered');
    expect((await questionsRepo.listActive('2024-03-07')).map((q) => q.id)).toEqual([a.id]);
    expect((await questionsRepo.listActive('2024-03-08')).map((q) => q.id).sort()).toEqual([a.id, b.id].sort());
    expect((await questionsRepo.listByStatus('answered')).map((q) => q.id)).toEqual([c.id]);
    const reopened = await questionsRepo.setStatus(b.id, 'open');
    expect(reopened.snoozedUntil).toBeUndefined();
  });

  it('marks a question answered (ending any snooze) and lists the whole inbox newest first', async () => {
    const { question: a } = await questionsRepo.importQuestion({ text: 'A' });
    await new Promise((r) => setTimeout(r, 2));
    const { question: b } = await questionsRepo.importQuestion({ text: 'B' });
    await questionsRepo.snooze(a.id, '2026-12-01');
    const answered = await questionsRepo.markAnswered(a.id);
    expect(answered).toMatchObject({ status: 'answered' });
    expect(answered.snoozedUntil).toBeUndefined();
    await questionsRepo.setStatus(b.id, 'archived');
    expect((await questionsRepo.listInbox()).map((q) => q.id)).toEqual([b.id, a.id]);
    expect(await questionsRepo.listActive('2026-12-05')).toEqual([]);
  });

  it('imports a decoded link once, however often the link is opened', async () => {
    const link = questionLink(payload, 'https://between.example');
    for (let i = 0; i < 3; i += 1) {
      const decoded = decodeQuestionLink(link);
      if (!decoded.ok) throw new Error(decoded.reason);
      await questionsRepo.importQuestion(decoded.payload);
    }
    expect(await questionsRepo.listAll()).toHaveLength(1);
  });
});
