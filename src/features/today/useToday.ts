import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDay } from '../../db';
import { loadToday, type TodayData } from './loadToday';

/** Today's milestones, live: re-read when check-offs or goals change, or the day turns. */
export function useTodayData(day: LocalDay): TodayData | undefined {
  return useLiveQuery(() => loadToday(day), [day]);
}
