import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays } from 'date-fns';
import type { Milestone, Reminder, Session } from '../../db';
import { milestonesRepo } from '../milestones/milestones.repo';
import { sessionsRepo } from '../sessions/sessions.repo';
import { remindersRepo, type ReminderTarget } from './reminders.repo';
import { dueAndMissed, MISSED_WINDOW_MS, type Occurrence } from './occurrences';

export interface ReminderWithTarget {
  reminder: Reminder;
  target: ReminderTarget;
}

/** Every reminder with where it leads; undefined while loading. */
export function useReminderList(): ReminderWithTarget[] | undefined {
  return useLiveQuery(async () => {
    const rows = await remindersRepo.listForSettings();
    return Promise.all(rows.map(async (reminder) => ({ reminder, target: await remindersRepo.target(reminder) })));
  });
}

/** undefined while loading, null when missing or removed. */
export function useReminder(id: string): Reminder | null | undefined {
  return useLiveQuery(async () => (await remindersRepo.get(id)) ?? null, [id]);
}

export function useLastBackgroundCheck(): Date | null | undefined {
  return useLiveQuery(async () => (await remindersRepo.lastBackgroundCheck()) ?? null);
}

/**
 * Sessions from now on (at most a year ahead is allowed), for the "next" of a
 * before-session reminder and its calendar export; undefined while loading.
 */
export function useUpcomingSessions(): Session[] | undefined {
  return useLiveQuery(() => {
    const now = new Date();
    return sessionsRepo.listStartingBetween(now, addDays(now, 400));
  });
}

export function useActiveMilestones(): Milestone[] | undefined {
  return useLiveQuery(() => milestonesRepo.listActive());
}

export interface DueItem extends ReminderWithTarget {
  occurrence: Occurrence;
}

export interface DueState {
  due: DueItem[];
  missed: DueItem[];
  /** The newest instant shown, so "Got it" clears exactly what was seen. */
  now: Date;
}

// One mark per open: remounts within a few seconds (StrictMode, quick tab
// switches) reuse the same "previous open" instead of erasing it.
let lastMark: { at: number; since: Promise<Date | undefined> } | undefined;
function noteOpen(now: Date): Promise<Date | undefined> {
  if (!lastMark || now.getTime() - lastMark.at > 5_000 || now.getTime() < lastMark.at) {
    lastMark = { at: now.getTime(), since: remindersRepo.markOpened(now) };
  }
  return lastMark.since;
}

async function loadDue(since: Date | undefined): Promise<DueState> {
  const now = new Date();
  const [reminders, cleared] = await Promise.all([remindersRepo.listEnabled(), remindersRepo.clearedAt()]);
  // Nothing older than the missed window is ever listed, so no older session matters.
  const sessions = await remindersRepo.sessionsFor(reminders, new Date(now.getTime() - MISSED_WINDOW_MS), now);
  const list = dueAndMissed(reminders, now, since, cleared, sessions);
  const byId = new Map(reminders.map((r) => [r.id, r]));
  const targets = new Map<string, ReminderTarget>();
  const toItem = async (occurrence: Occurrence): Promise<DueItem[]> => {
    const reminder = byId.get(occurrence.reminderId);
    if (!reminder) return [];
    let target = targets.get(reminder.id);
    if (!target) {
      target = await remindersRepo.target(reminder);
      targets.set(reminder.id, target);
    }
    return [{ reminder, target, occurrence }];
  };
  const due = (await Promise.all(list.due.map(toItem))).flat();
  const missed = (await Promise.all(list.missed.map(toItem))).flat();
  return { due, missed, now };
}

/**
 * What is due now and what was missed since the last open. Computed on mount,
 * when the app becomes visible again, and every minute while visible.
 */
export function useDueReminders(): { state: DueState | undefined; clear: () => void } {
  const [state, setState] = useState<DueState>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let alive = true;
    let since: Date | undefined;
    const compute = async () => {
      const next = await loadDue(since);
      if (alive) setState(next);
    };
    const open = async () => {
      since = await noteOpen(new Date());
      await compute();
    };
    void open();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void open();
    };
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void compute();
    }, 60_000);
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [version]);
  const clear = () => {
    const at = state?.now ?? new Date();
    void remindersRepo.clearDueList(at).then(() => setVersion((v) => v + 1));
  };
  return { state, clear };
}
