import { t } from '../../i18n';
import { isLocalDay } from '../../lib/days';
import { limits } from '../prompts/questionLink';
import type { QuestionPayload } from '../prompts/questions.repo';

/** What the therapist has typed so far. */
export interface Draft {
  text: string;
  followUps: string[];
  dueDay: string;
  from: string;
}

export type Problems = Partial<Record<'text' | 'dueDay' | 'from' | `followUp${number}`, string>>;

/** Checks the form; returns the payload or the problems to show next to each field. */
export function checkDraft(draft: Draft, today: string): { payload?: QuestionPayload; problems: Problems } {
  const problems: Problems = {};
  const text = draft.text.trim();
  if (text === '') problems.text = t('therapists.question.required');
  else if (text.length > limits.text) problems.text = t('therapists.question.tooLong', { count: text.length });
  draft.followUps.forEach((f, i) => {
    if (f.trim().length > limits.followUp) problems[`followUp${i}`] = t('therapists.followUp.tooLong');
  });
  if (draft.dueDay !== '') {
    if (!isLocalDay(draft.dueDay)) problems.dueDay = t('therapists.due.unreadable');
    else if (draft.dueDay < today) problems.dueDay = t('therapists.due.past');
  }
  if (draft.from.trim().length > limits.from) problems.from = t('therapists.from.tooLong');
  if (Object.keys(problems).length > 0) return { problems };
  const payload: QuestionPayload = { text };
  const followUps = draft.followUps.map((f) => f.trim()).filter((f) => f !== '');
  if (followUps.length > 0) payload.followUps = followUps;
  if (draft.dueDay !== '') payload.dueDay = draft.dueDay;
  if (draft.from.trim() !== '') payload.from = draft.from.trim();
  return { payload, problems };
}

