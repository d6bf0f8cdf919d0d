import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDay, Session } from '../../db';
import { todayLocal } from '../../lib/days';
import { settingsRepo } from '../settings/settings.repo';
import { reviewsRepo } from '../sessions/reviews.repo';
import { sessionsRepo } from '../sessions/sessions.repo';
import { checkinsRepo } from './checkins.repo';
import { sessionCheckinOpen, sessionSlot, weeklyDueFrom } from './due';

export interface DueItems {
  nextSession?: Session;
  /** Weekly check-in due since this day. */
  weeklySince?: LocalDay;
  /** The upcoming session whose check-in is open and not done. */
  beforeSession?: Session;
  /** A feedback review is due at this session count. */
  reviewAt?: number;
}

/** Everything Today offers from sessions and check-ins; all index reads, no history scans. */
export async function loadDue(now: Date = new Date()): Promise<DueItems> {
  const today = todayLocal();
  const [settings, nextSession, pastCount] = await Promise.all([settingsRepo.getAll(), sessionsRepo.next(now), sessionsRepo.countPast(now)]);
  const due: DueItems = {};
  if (nextSession) due.nextSession = nextSession;
  if (settings.checkinWeekday !== undefined) {
    const since = weeklyDueFrom(today, settings.checkinWeekday);
    if (!(await checkinsRepo.hasBetween('weekly', since, today))) due.weeklySince = since;
  }
  if (settings.checkinBeforeSession && nextSession && sessionCheckinOpen(nextSession, now)) {
    const slot = sessionSlot(nextSession.id);
    if (!(await checkinsRepo.hasBetween(slot, '0000-01-01', '9999-12-31'))) due.beforeSession = nextSession;
  }
  const reviewAt = await reviewsRepo.dueAt(pastCount, settings.feedbackEvery);
  if (reviewAt !== undefined && !reviewPutAway(pastCount, settings.feedbackReviewNotNowAt)) due.reviewAt = reviewAt;
  return due;
}

/**
 * "Not now" holds until the next session is logged, i.e. while the past-session
 * count has not grown past the one stored. `<=` rather than `===` so deleting a
 * session and logging it again does not bring the review straight back.
 */
export function reviewPutAway(pastCount: number, notNowAt: number | undefined): boolean {
  return notNowAt !== undefined && pastCount <= notNowAt;
}

/** Put the due feedback review away until the next session; it stays reachable from Sessions → Feedback reviews. */
export async function reviewNotNow(now: Date = new Date()): Promise<void> {
  await settingsRepo.set('feedbackReviewNotNowAt', await sessionsRepo.countPast(now));
}

export function useDue(): DueItems | undefined {
  return useLiveQuery(() => loadDue(new Date()), []);
}
