import { useLiveQuery } from 'dexie-react-hooks';
import { reviewsRepo } from './reviews.repo';
import { sessionsRepo } from './sessions.repo';

export function useNumberedSessions() {
  return useLiveQuery(() => sessionsRepo.listNumbered(), []);
}

export function useSession(id: string | undefined) {
  // null = missing or deleted; undefined = still loading.
  return useLiveQuery(async () => (id ? ((await sessionsRepo.get(id)) ?? null) : null), [id]);
}

/** The next session; `now` is read when the query runs. */
export function useNextSession() {
  return useLiveQuery(() => sessionsRepo.next(new Date()), []);
}

export function useReviews() {
  return useLiveQuery(() => reviewsRepo.listNewestFirst(), []);
}
