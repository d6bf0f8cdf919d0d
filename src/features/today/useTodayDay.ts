import { useEffect, useState } from 'react';
import type { LocalDay } from '../../db';
import { todayLocal } from '../../lib/days';
import { msUntilNextDay } from '../milestones/schedule';

/**
 * Today's LocalDay, kept current: re-read when the app comes back into view
 * (a phone opened at 00:05 shows the new day) and at local midnight.
 */
export function useTodayDay(): LocalDay {
  const [day, setDay] = useState(todayLocal);
  useEffect(() => {
    const refresh = () => setDay(todayLocal());
    // A second past midnight, so the timer never lands a hair early.
    const timer = window.setTimeout(refresh, msUntilNextDay(new Date()) + 1000);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refresh);
    };
  }, [day]);
  return day;
}
