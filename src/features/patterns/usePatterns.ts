import { useLiveQuery } from 'dexie-react-hooks';
import type { BodyCheck, LocalDay, Pattern, PatternLog } from '../../db';
import { patternLogsRepo, patternsRepo } from './patterns.repo';
import { weeklyCounts, windowStart, type WeekCount } from './weekly';

/** Weeks shown on the list (recent) and on a pattern's page (over time). */
export const LIST_WEEKS = 4;
export const DETAIL_WEEKS = 8;

export interface PatternSummary {
  pattern: Pattern;
  recent: number;
}

export function usePatternList(today: LocalDay): PatternSummary[] | undefined {
  return useLiveQuery(async () => {
    const [patterns, logs] = await Promise.all([patternsRepo.listByName(), patternLogsRepo.listSince(windowStart(today, LIST_WEEKS))]);
    return patterns.map((pattern) => ({ pattern, recent: logs.filter((l) => l.patternId === pattern.id && l.day <= today).length }));
  }, [today]);
}

export interface PatternDetail {
  pattern: Pattern;
  logs: PatternLog[];
  weeks: WeekCount[];
  /** What I did, from recent times it showed up (only where something was written). */
  helped: PatternLog[];
}

/** null when the pattern does not exist. */
export function usePattern(id: string, today: LocalDay): PatternDetail | null | undefined {
  return useLiveQuery(async () => {
    const pattern = await patternsRepo.get(id);
    if (!pattern) return null;
    const logs = await patternLogsRepo.listForPattern(id);
    return {
      pattern,
      logs,
      weeks: weeklyCounts(logs.map((l) => l.day), today, DETAIL_WEEKS),
      helped: logs.filter((l) => l.whatIDid.trim() !== '').slice(0, 5),
    };
  }, [id, today]);
}

export const patternActions = {
  add: (name: string, description: string) => patternsRepo.addNamed(name, description),
  log: (input: { patternId: string; day: LocalDay; what: string; whatIDid: string; tryNext: string; bodyCheck?: BodyCheck }) =>
    patternLogsRepo.add({ ...input, occurredAt: new Date().toISOString() }),
  removeLog: (id: string) => patternLogsRepo.softDelete(id),
  rename: (id: string, name: string) => patternsRepo.rename(id, name),
  /** Deletes the pattern and its logs together (both soft, so Undo brings them back). */
  remove: (id: string) => patternsRepo.softDelete(id),
  restore: (id: string) => patternsRepo.restore(id),
};
