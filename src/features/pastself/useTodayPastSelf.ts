import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDay, WhyVersion } from '../../db';
import { settingsRepo } from '../settings/settings.repo';
import { checkinsRepo } from '../checkins/checkins.repo';
import { getDraft } from '../drafts/drafts.repo';
import { resurfaceReason, type ResurfaceReason } from '../why/resurface';
import { goalValues, lastActivityDay, recentShifts, whyRepo, type Shifts } from '../why/why.repo';
import { intakeRepo } from './intake.repo';
import { lettersRepo } from './pastself.repo';
import { letterState } from './seal';
import { loadSealContext } from './usePastSelf';

export const INTAKE_DRAFT_KEY = 'intake';

export interface TodayPastSelf {
  /** Invite to the intake snapshot: none exists and the person has not said "not now". */
  invite?: { resume: boolean };
  /** Letters whose seal has lifted and that are not opened yet. */
  readyLetterIds: string[];
  why?: { reason: ResurfaceReason; current?: WhyVersion; values: string[]; shifts: Shifts };
}

/** Everything the Today card needs: a handful of index reads, never the whole history. */
export async function loadTodayPastSelf(today: LocalDay, now: Date = new Date()): Promise<TodayPastSelf> {
  const [settings, intake, draft, sealed, ctx] = await Promise.all([
    settingsRepo.getAll(),
    intakeRepo.get(),
    getDraft(INTAKE_DRAFT_KEY),
    lettersRepo.listUnopenedSealed(),
    loadSealContext(now),
  ]);
  const result: TodayPastSelf = {
    readyLetterIds: sealed.filter((l) => letterState(l, { ...ctx, today }) === 'ready').map((l) => l.id),
  };
  if (!intake && !settings.intakeInviteDismissed) result.invite = { resume: draft !== undefined };

  const [lastDay, checkins] = await Promise.all([lastActivityDay(), checkinsRepo.listRecent(2)]);
  const [latest, previous] = checkins;
  const reason = resurfaceReason({
    today,
    ...(lastDay ? { lastActivityDay: lastDay } : {}),
    ...(latest ? { latestOverall: { id: latest.id, overall: latest.overall } } : {}),
    ...(previous ? { previousOverall: previous.overall } : {}),
    quietDays: settings.whyQuietDays,
    ratingDrop: settings.whyRatingDrop,
    ...(settings.whyDismissedFor ? { dismissedFor: settings.whyDismissedFor } : {}),
  });
  if (reason) {
    const [current, values, shifts] = await Promise.all([whyRepo.current(), goalValues(), recentShifts()]);
    result.why = { reason, ...(current ? { current } : {}), values, shifts };
  }
  return result;
}

export function useTodayPastSelf(today: LocalDay): TodayPastSelf | undefined {
  return useLiveQuery(() => loadTodayPastSelf(today), [today]);
}

export const todayPastSelfActions = {
  dismissInvite: () => settingsRepo.set('intakeInviteDismissed', true),
  dismissWhy: (key: string) => settingsRepo.set('whyDismissedFor', key),
};
