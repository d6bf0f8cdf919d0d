import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDay, MeasureId } from '../../db';
import { goalsRepo } from '../goals/goals.repo';
import { sessionsRepo } from '../sessions/sessions.repo';
import { checkinsRepo, measuresRepo } from './checkins.repo';

/** What the check-in screen needs for one (day, slot). `existing` is null when none was made yet. */
export function useCheckinData(day: LocalDay, slot: string) {
  return useLiveQuery(async () => {
    const sessionId = slot.startsWith('session:') ? slot.slice('session:'.length) : undefined;
    const [goals, existing, recent, session] = await Promise.all([
      goalsRepo.listByStatus('active'),
      checkinsRepo.forDaySlot(day, slot),
      checkinsRepo.listRecent(8),
      sessionId ? sessionsRepo.get(sessionId) : Promise.resolve(undefined),
    ]);
    return { goals, existing: existing ?? null, recent, session };
  }, [day, slot]);
}

/** The saved draft (null = none) and the latest completed result of a measure. */
export function useMeasureState(measure: MeasureId) {
  return useLiveQuery(async () => {
    const [draft, previous] = await Promise.all([measuresRepo.findDraft(measure), measuresRepo.latestComplete(measure)]);
    return { draft: draft ?? null, previous: previous ?? null };
  }, [measure]);
}
