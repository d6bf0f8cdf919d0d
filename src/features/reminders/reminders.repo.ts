import { db } from '../../db';
import type { LocalDay, Reminder, ReminderTargetKind } from '../../db';
import { createRecordRepo, isLive } from '../../db/records';
import type { NewRecord } from '../../db/records';
import { nowIso } from '../../lib/ids';
import { beforeSessionHours, MAX_BEFORE_SESSION_HOURS, occurrenceDay, type SessionStart } from './occurrences';
import { sessionsRepo } from '../sessions/sessions.repo';
import { ValidationError } from '../../lib/errors';
import { cleanList, requireNumberInRange, requireOneOf, requireText, requireTime } from '../../lib/validate';

const targetKinds: readonly ReminderTargetKind[] = ['milestone', 'checkin', 'question', 'journal', 'sessionPrep', 'standalone'];

const HOUR = 3_600_000;

function prepare(r: Reminder): Reminder {
  requireOneOf('target.kind', r.target.kind, targetKinds);
  requireText('title', r.title);
  if (r.quiet) {
    requireTime('quiet.from', r.quiet.from);
    requireTime('quiet.to', r.quiet.to);
  }
  if (r.beforeSession !== undefined) return prepareBeforeSession(r);
  const times = cleanList(r.times).sort();
  if (times.length === 0) throw new ValidationError('times', 'validation.required');
  for (const t of times) requireTime('times', t);
  for (const d of r.weekdays) requireNumberInRange('weekdays', d, 0, 6, { integer: true });
  return { ...r, title: r.title.trim(), times, weekdays: [...new Set(r.weekdays)].sort((a, b) => a - b) };
}

/** "N hours before each session": session prep only; times and weekdays do not apply. */
function prepareBeforeSession(r: Reminder): Reminder {
  if (r.target.kind !== 'sessionPrep') throw new ValidationError('beforeSession', 'validation.invalidValue');
  const hours = r.beforeSession?.hours ?? NaN;
  requireNumberInRange('beforeSession.hours', hours, 1, MAX_BEFORE_SESSION_HOURS, { integer: true });
  return { ...r, title: r.title.trim(), times: [], weekdays: [], beforeSession: { hours } };
}

/** What the reminder form hands to add()/update(). */
export type NewReminder = NewRecord<Reminder>;

const base = createRecordRepo(db.reminders, { prepare });

export const remindersRepo = {
  ...base,

  listEnabled(): Promise<Reminder[]> {
    return db.reminders.where('enabled').equals(1).filter((r) => r.deletedAt === undefined).toArray();
  },

  /**
   * The sessions that before-session reminders can fire for in `(from, to]`:
   * those starting after `from` and at most the longest offset after `to`.
   * Reads nothing when no reminder is tied to sessions.
   */
  sessionsFor(reminders: readonly Reminder[], from: Date, to: Date): Promise<SessionStart[]> {
    const hours = Math.max(0, ...reminders.map((r) => beforeSessionHours(r) ?? 0));
    if (hours === 0) return Promise.resolve([]);
    return sessionsRepo.listStartingBetween(from, new Date(to.getTime() + hours * HOUR));
  },

  /** Reminders attached to one item (e.g. a milestone), for its edit screen. */
  listForTarget(kind: ReminderTargetKind, id?: string): Promise<Reminder[]> {
    return db.reminders.filter((r) => r.deletedAt === undefined && r.target.kind === kind && r.target.id === id).toArray();
  },

  setEnabled(id: string, enabled: boolean): Promise<Reminder> {
    return base.update(id, { enabled: enabled ? 1 : 0 });
  },

  /** Every live reminder, enabled first, then by first time of day. */
  async listForSettings(): Promise<Reminder[]> {
    const rows = await base.listAll();
    return rows.sort((a, b) => b.enabled - a.enabled || (a.times[0] ?? '').localeCompare(b.times[0] ?? '') || a.createdAt.localeCompare(b.createdAt));
  },

  /**
   * Marks occurrences as shown and returns the ones nobody showed before. One
   * transaction, so the page's minute tick and the service worker's periodic
   * sync can never both show the same occurrence. Ids older than `keepFrom` are pruned.
   */
  claimShown(ids: readonly string[], keepFrom: LocalDay): Promise<string[]> {
    return db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get('remindersShown');
      const shown = new Set(Array.isArray(row?.value) ? (row.value as string[]) : []);
      const fresh = [...new Set(ids)].filter((id) => !shown.has(id));
      if (fresh.length === 0 && row) return [];
      const kept = [...shown, ...fresh].filter((id) => (occurrenceDay(id) ?? '') >= keepFrom);
      await db.settings.put({ key: 'remindersShown', value: kept, updatedAt: nowIso() });
      return fresh;
    });
  },

  /** Records this open and returns the previous one (for "missed since last open"). */
  markOpened(at: Date): Promise<Date | undefined> {
    return db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get('remindersLastOpenAt');
      await db.settings.put({ key: 'remindersLastOpenAt', value: at.toISOString(), updatedAt: nowIso() });
      const previous = typeof row?.value === 'string' ? new Date(row.value) : undefined;
      return previous && !Number.isNaN(previous.getTime()) ? previous : undefined;
    });
  },

  async clearedAt(): Promise<Date | undefined> {
    const row = await db.settings.get('remindersClearedAt');
    return typeof row?.value === 'string' ? new Date(row.value) : undefined;
  },

  /** "Got it": everything due up to now leaves the in-app list. */
  async clearDueList(at: Date): Promise<void> {
    await db.settings.put({ key: 'remindersClearedAt', value: at.toISOString(), updatedAt: nowIso() });
  },

  /** The service worker ran a background check (shown on "Will my reminders work?"). */
  async noteBackgroundCheck(at: Date): Promise<void> {
    await db.settings.put({ key: 'remindersBackgroundAt', value: at.toISOString(), updatedAt: nowIso() });
  },

  async lastBackgroundCheck(): Promise<Date | undefined> {
    const row = await db.settings.get('remindersBackgroundAt');
    return typeof row?.value === 'string' ? new Date(row.value) : undefined;
  },

  /** Where a reminder leads and what it is about (shown only where details are allowed). */
  async target(r: Reminder): Promise<ReminderTarget> {
    const id = r.target.id;
    switch (r.target.kind) {
      case 'milestone': {
        const m = id ? await db.milestones.get(id) : undefined;
        if (!isLive(m)) return { url: '/goals' };
        return { url: `/goals/${encodeURIComponent(m.goalId)}`, detail: m.title, milestoneId: m.id };
      }
      case 'question': {
        const q = id ? await db.questions.get(id) : undefined;
        return isLive(q) ? { url: '/inbox', detail: q.text } : { url: '/inbox' };
      }
      case 'checkin':
        return { url: '/checkin' };
      case 'journal':
        return { url: '/journal/new' };
      case 'sessionPrep':
        return { url: '/sessions/prep' };
      default:
        return { url: '/' };
    }
  },
};

export interface ReminderTarget {
  /** In-app path to open. */
  url: string;
  /** The item's own words, e.g. the milestone title. */
  detail?: string;
  /** Set for a live milestone: the notification offers "Done". */
  milestoneId?: string;
}
