import { db } from '../../db';
import type { Checkoff, CheckoffHow, LocalDay, Milestone, MilestoneStatus, Schedule } from '../../db';
import { applyPatch, createRecordRepo, isLive } from '../../db/records';
import type { NewRecord } from '../../db/records';
import { MAX_DAYS_AHEAD } from './limits';
import { shiftDay } from './schedule';
import { RecordNotFoundError, ValidationError } from '../../lib/errors';
import { newId, nowIso } from '../../lib/ids';
import { todayLocal } from '../../lib/days';
import { normaliseTimestamp, requireDay, requireNumberInRange, requireOneOf, requireText } from '../../lib/validate';

const statuses: readonly MilestoneStatus[] = ['active', 'paused', 'archived'];

export function validateSchedule(schedule: Schedule): Schedule {
  switch (schedule.kind) {
    case 'daily':
      return { kind: 'daily' };
    case 'perWeek':
      requireNumberInRange('schedule.times', schedule.times, 1, 7, { integer: true });
      return schedule;
    case 'weekdays': {
      if (schedule.days.length === 0) throw new ValidationError('schedule.days', 'validation.required');
      for (const d of schedule.days) requireNumberInRange('schedule.days', d, 0, 6, { integer: true });
      return { kind: 'weekdays', days: [...new Set(schedule.days)].sort((a, b) => a - b) };
    }
    case 'once':
      requireDay('schedule.by', schedule.by);
      return schedule;
    default:
      throw new ValidationError('schedule.kind', 'validation.invalidValue');
  }
}

function prepare(m: Milestone): Milestone {
  requireText('title', m.title);
  requireText('goalId', m.goalId);
  requireDay('startDay', m.startDay);
  requireOneOf('status', m.status, statuses);
  if (m.target) {
    // A target of zero would be done before starting: ask for something above it.
    if (!(m.target.amount > 0)) throw new ValidationError('target.amount', 'validation.outOfRange', { min: 0 });
    requireNumberInRange('target.amount', m.target.amount, 0, Number.MAX_SAFE_INTEGER);
    requireText('target.unit', m.target.unit);
  }
  return { ...m, title: m.title.trim(), schedule: validateSchedule(m.schedule) };
}

/** How a check-off went; all optional so a check-off can be one tap. */
export interface CheckoffDetails {
  how?: CheckoffHow;
  /** 0–10 */
  rating?: number;
  amount?: number;
  gotInTheWay?: string;
  learned?: string;
  doneAt?: string;
}

/** Validated details without undefined or blank fields (a second check-off merges them in). */
function validateDetails(d: CheckoffDetails): CheckoffDetails {
  const out = Object.fromEntries(
    Object.entries(d).filter(([, v]) => v !== undefined && !(typeof v === 'string' && v.trim() === '')),
  ) as CheckoffDetails;
  if (d.how !== undefined) requireOneOf('how', d.how, ['easy', 'ok', 'hard']);
  if (d.rating !== undefined) requireNumberInRange('rating', d.rating, 0, 10);
  if (d.amount !== undefined) requireNumberInRange('amount', d.amount, 0, Number.MAX_SAFE_INTEGER);
  if (d.doneAt !== undefined) out.doneAt = normaliseTimestamp('doneAt', d.doneAt);
  return out;
}

const base = createRecordRepo(db.milestones, { prepare });

function checkOnceDate(schedule: Schedule): void {
  if (schedule.kind !== 'once') return;
  const today = todayLocal();
  requireDay('schedule.by', schedule.by);
  if (schedule.by < today || schedule.by > shiftDay(today, MAX_DAYS_AHEAD)) {
    throw new ValidationError('schedule.by', 'validation.outOfRange', { max: MAX_DAYS_AHEAD });
  }
}
const live = <T extends { deletedAt?: string }>(r: T): boolean => r.deletedAt === undefined;
const oldestFirst = (a: Milestone, b: Milestone): number => a.createdAt.localeCompare(b.createdAt);

/** The one row (live or undone) for a milestone on a day. */
function checkoffRow(milestoneId: string, day: LocalDay): Promise<Checkoff | undefined> {
  return db.checkoffs.where('[milestoneId+day]').equals([milestoneId, day]).first();
}

export const milestonesRepo = {
  ...base,

  /** A new once-by-date step must be due between today and MAX_DAYS_AHEAD from now. */
  async add(input: NewRecord<Milestone>): Promise<Milestone> {
    checkOnceDate(input.schedule);
    return await base.add(input);
  },

  /** Changes title, schedule or target (undefined target removes it); a new once-date obeys the same range. */
  async edit(id: string, patch: Pick<Milestone, 'title' | 'schedule'> & { target: Milestone['target'] }): Promise<Milestone> {
    const existing = await base.get(id);
    if (JSON.stringify(existing?.schedule) !== JSON.stringify(patch.schedule)) checkOnceDate(patch.schedule);
    return await base.update(id, patch);
  },

  async listForGoal(goalId: string): Promise<Milestone[]> {
    const rows = await db.milestones.where('goalId').equals(goalId).filter(live).toArray();
    return rows.sort(oldestFirst);
  },

  async listActive(): Promise<Milestone[]> {
    const rows = await db.milestones.where('status').equals('active').filter(live).toArray();
    return rows.sort(oldestFirst);
  },

  /**
   * Records that the milestone was done on `day`. At most one row exists per
   * milestone and day: checking off again updates it (and revives an undone one).
   */
  async checkOff(milestoneId: string, day: LocalDay, details: CheckoffDetails = {}): Promise<Checkoff> {
    requireDay('day', day);
    if (day > todayLocal()) throw new ValidationError('day', 'validation.invalidDay', { reason: 'future' });
    const clean = validateDetails(details);
    return await db.transaction('rw', db.milestones, db.checkoffs, async () => {
      const milestone = await db.milestones.get(milestoneId);
      if (!isLive(milestone)) throw new RecordNotFoundError('milestones', milestoneId);
      const existing = await checkoffRow(milestoneId, day);
      const now = nowIso();
      let row: Checkoff;
      if (existing && existing.deletedAt === undefined) {
        row = { ...applyPatch<Checkoff>(existing, clean), updatedAt: now };
      } else {
        // A fresh or revived check-off starts from this tap's details only.
        row = {
          id: existing?.id ?? newId(),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
          milestoneId,
          goalId: milestone.goalId,
          day,
          doneAt: now,
          ...clean,
        };
      }
      await db.checkoffs.put(row);
      // Practising before the planned start means it began earlier: count from then.
      if (day < milestone.startDay) await db.milestones.put({ ...milestone, startDay: day, updatedAt: now });
      return row;
    });
  },

  /** Undoes the day's check-off (soft delete, so it syncs). Returns false if there was none. */
  undoCheckoff(milestoneId: string, day: LocalDay): Promise<boolean> {
    return db.transaction('rw', db.checkoffs, async () => {
      const existing = await checkoffRow(milestoneId, day);
      if (!isLive(existing)) return false;
      const now = nowIso();
      await db.checkoffs.put({ ...existing, deletedAt: now, updatedAt: now });
      return true;
    });
  },

  /**
   * Pause, put away or resume. The paused span is kept in `pauses` so those
   * days never count against the consistency score.
   */
  async setStatus(id: string, status: MilestoneStatus, today: LocalDay = todayLocal()): Promise<Milestone> {
    requireOneOf('status', status, statuses);
    return await db.transaction('rw', db.milestones, async () => {
      const existing = await db.milestones.get(id);
      if (!isLive(existing)) throw new RecordNotFoundError('milestones', id);
      if (existing.status === status) return existing;
      const pauses = [...(existing.pauses ?? [])];
      if (status === 'active') {
        const open = pauses.findIndex((p) => p.to === undefined && !p.withGoal);
        const span = pauses[open];
        if (span) pauses[open] = { ...span, to: today };
      } else if (existing.status === 'active') {
        pauses.push({ from: today });
      }
      const row: Milestone = { ...existing, status, pauses, updatedAt: nowIso() };
      await db.milestones.put(row);
      return row;
    });
  },

  /**
   * Live check-offs of every milestone with fromDay <= day <= toDay (e.g. the
   * Progress heatmap's weeks): one range read on the `day` index instead of one
   * per milestone. Soft-deleted rows are dropped after the read, because an
   * unfiltered range is fetched in one go (getAll) while a filtered one walks a
   * cursor row by row.
   */
  async checkoffsOnDays(fromDay: LocalDay, toDay: LocalDay): Promise<Checkoff[]> {
    if (fromDay > toDay) return [];
    const rows = await db.checkoffs.where('day').between(fromDay, toDay, true, true).toArray();
    return rows.filter(live);
  },

  /** Live check-offs with fromDay <= day <= toDay, oldest day first. */
  checkoffsBetween(milestoneId: string, fromDay: LocalDay, toDay: LocalDay): Promise<Checkoff[]> {
    return db.checkoffs
      .where('[milestoneId+day]')
      .between([milestoneId, fromDay], [milestoneId, toDay], true, true)
      .filter(live)
      .toArray();
  },
};
