import { useLiveQuery } from 'dexie-react-hooks';
import type { TherapistQuestion } from '../../db';
import type { LocalDay } from '../../lib/days';
import { sessionsRepo } from '../sessions/sessions.repo';
import { questionsRepo } from './questions.repo';

/** Open questions to show on Today (and snoozed ones whose day has come). undefined while loading. */
export function useActiveQuestions(today: LocalDay): TherapistQuestion[] | undefined {
  return useLiveQuery(() => questionsRepo.listActive(today), [today]);
}

export function useInboxQuestions(): TherapistQuestion[] | undefined {
  return useLiveQuery(() => questionsRepo.listInbox(), []);
}

/** null when missing or deleted; undefined while loading. */
export function useQuestion(id: string | undefined): TherapistQuestion | null | undefined {
  return useLiveQuery(async () => (id ? ((await questionsRepo.get(id)) ?? null) : null), [id]);
}

/** The day of the next planned session, for "before Thursday's session". */
export function useNextSessionDay(): LocalDay | undefined {
  return useLiveQuery(async () => (await sessionsRepo.next())?.day, []);
}
