import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDay, LogItem, LogKind } from '../../db';
import { toLocalDay } from '../../lib/days';
import { nowIso } from '../../lib/ids';
import { shiftDay } from '../milestones/schedule';
import { sessionsRepo } from '../sessions/sessions.repo';
import { logsRepo } from './logs.repo';

export type MomentsRange = { kind: 'since' } | { kind: 'all'; limit: number };

export interface SinceWhen {
  day: LocalDay;
  /** True when it is the last session's day; false for the 7-day fallback. */
  fromSession: boolean;
}

/** Where "since my last session" starts: that session's day, or the last 7 days. */
export async function sinceLastSession(now: Date = new Date()): Promise<SinceWhen> {
  const [last] = await sessionsRepo.listPast(now);
  if (last) return { day: last.day, fromSession: true };
  return { day: shiftDay(toLocalDay(now), -6), fromSession: false };
}

export async function loadMoments(kind: LogKind | 'all', range: MomentsRange): Promise<{ items: LogItem[]; since?: SinceWhen }> {
  const only = kind === 'all' ? undefined : kind;
  if (range.kind === 'since') {
    const since = await sinceLastSession();
    const rows = only ? await logsRepo.byKind(only, since.day) : await logsRepo.listSince(since.day);
    return { items: rows, since };
  }
  return { items: await logsRepo.listRecent(range.limit, only) };
}

export function useMoments(kind: LogKind | 'all', range: MomentsRange) {
  return useLiveQuery(() => loadMoments(kind, range), [kind, range.kind, range.kind === 'all' ? range.limit : 0]);
}

export const momentActions = {
  add: (input: { kind: LogKind; text: string; detail: string; day: LocalDay }) => {
    // Today keeps the exact moment; an earlier day is noted at its midday so it sorts within that day.
    const occurredAt = input.day === toLocalDay(new Date()) ? nowIso() : new Date(`${input.day}T12:00:00`).toISOString();
    return logsRepo.add({ ...input, occurredAt });
  },
};
