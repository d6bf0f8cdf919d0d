import { db } from '../../db';
import type { CheckIn, LocalDay, MeasureId, MeasureResult } from '../../db';
import { createRecordRepo } from '../../db/records';
import type { NewRecord } from '../../db/records';
import { RecordNotFoundError, ValidationError } from '../../lib/errors';
import { todayLocal } from '../../lib/days';
import { nowIso } from '../../lib/ids';
import { measureSpecs, measureTotal } from '../../lib/measures';
import { requireDay, requireFinite, requireNumberInRange, requireOneOf, requireText } from '../../lib/validate';

function requireSlot(slot: string): void {
  if (slot !== 'weekly' && !/^session:.+$/.test(slot)) throw new ValidationError('slot', 'validation.invalidValue');
}

function prepareCheckIn(c: CheckIn): CheckIn {
  requireDay('day', c.day);
  requireSlot(c.slot);
  requireNumberInRange('overall', c.overall, 0, 10);
  const seen = new Set<string>();
  for (const r of c.ratings) {
    requireText('ratings.goalId', r.goalId);
    // Custom metrics (minutes, counts) are not 0–10, so only finiteness is checked here.
    requireFinite('ratings.value', r.value);
    if (seen.has(r.goalId)) throw new ValidationError('ratings.goalId', 'validation.duplicate');
    seen.add(r.goalId);
  }
  return { ...c, note: c.note.trim() };
}

const checkinBase = createRecordRepo(db.checkins, { prepare: prepareCheckIn });
const live = <T extends { deletedAt?: string }>(r: T): boolean => r.deletedAt === undefined;

export const checkinsRepo = {
  ...checkinBase,

  /** Newest first. */
  listRecent(limit: number): Promise<CheckIn[]> {
    return db.checkins.orderBy('day').reverse().filter(live).limit(limit).toArray();
  },

  /** Whether a check-in exists for the slot on any day in [fromDay, toDay]. */
  async hasBetween(slot: string, fromDay: LocalDay, toDay: LocalDay): Promise<boolean> {
    const n = await db.checkins.where('[slot+day]').between([slot, fromDay], [slot, toDay], true, true).filter(live).count();
    return n > 0;
  },

  /** Check-ins on or after `day`, oldest first (for charts and session prep). */
  async listSince(day: LocalDay): Promise<CheckIn[]> {
    // Filtered after the read (getAll), not with .filter() (a row-by-row cursor).
    const rows = await db.checkins.where('day').aboveOrEqual(day).toArray();
    return rows.filter(live);
  },

  forDaySlot(day: LocalDay, slot: string): Promise<CheckIn | undefined> {
    return db.checkins.where('[slot+day]').equals([slot, day]).filter(live).first();
  },

  /**
   * Creates the check-in for (day, slot), or replaces its answers if one exists.
   * Ratings for goals with a 0–10 metric must be whole numbers 0–10; a day in the
   * future is refused. Nothing is written when anything is out of range.
   */
  async saveForDaySlot(input: NewRecord<CheckIn>, today: LocalDay = todayLocal()): Promise<CheckIn> {
    if (typeof input.day === 'string' && input.day > today) throw new ValidationError('day', 'validation.invalidDay', { reason: 'future' });
    return db.transaction('rw', db.checkins, db.goals, async () => {
      for (const r of input.ratings) {
        const goal = await db.goals.get(r.goalId);
        if (goal?.metric.kind === 'rating') requireNumberInRange(`rating:${r.goalId}`, r.value, 0, 10, { integer: true });
      }
      const existing = await db.checkins.where('[slot+day]').equals([input.slot, input.day]).filter(live).first();
      return existing ? checkinBase.update(existing.id, input) : checkinBase.add(input);
    });
  },
};

function validateAnswers(measure: MeasureId, answers: readonly (number | null)[]): void {
  const spec = measureSpecs[measure];
  if (answers.length !== spec.items) throw new ValidationError('answers', 'validation.invalidValue');
  for (const a of answers) {
    if (a !== null) requireNumberInRange('answers', a, 0, spec.maxAnswer, { integer: true });
  }
}

/** Keeps `total` consistent on every write: set (and required complete) only when complete. */
function prepareMeasure(m: MeasureResult): MeasureResult {
  requireOneOf('measure', m.measure, ['phq9', 'gad7', 'who5']);
  requireOneOf('status', m.status, ['draft', 'complete']);
  requireDay('day', m.day);
  validateAnswers(m.measure, m.answers);
  const { total: _total, ...row } = m;
  if (m.status === 'draft') return row;
  const answered = m.answers.filter((a): a is number => a !== null);
  if (answered.length !== m.answers.length) throw new ValidationError('answers', 'validation.required');
  return { ...row, total: measureTotal(answered) };
}

const measureBase = createRecordRepo(db.measureResults, { prepare: prepareMeasure });

export const measuresRepo = {
  ...measureBase,

  /** Starts (no id) or continues a questionnaire; unanswered items are null. */
  async saveDraft(
    measure: MeasureId,
    answers: (number | null)[],
    { id, day }: { id?: string; day: LocalDay },
  ): Promise<MeasureResult> {
    if (id === undefined) {
      return measureBase.add({ measure, answers, status: 'draft', day, takenAt: nowIso() });
    }
    const existing = await measureBase.get(id);
    if (existing?.status !== 'draft') throw new RecordNotFoundError('measureResults', id);
    return measureBase.update(id, { answers, day });
  },

  /** Finishes a draft: every item must be answered; stores the total. */
  complete(id: string): Promise<MeasureResult> {
    return measureBase.update(id, { status: 'complete', takenAt: nowIso() });
  },

  /** The unfinished questionnaire of this kind, if any (to resume it). */
  findDraft(measure: MeasureId): Promise<MeasureResult | undefined> {
    return db.measureResults.where('status').equals('draft').filter((m) => live(m) && m.measure === measure).first();
  },

  /** The latest completed result of this kind (for "change since last time"), optionally before a result. */
  async latestComplete(measure: MeasureId, excludeId?: string): Promise<MeasureResult | undefined> {
    const rows = await measuresRepo.listByMeasure(measure);
    return rows.filter((m) => m.id !== excludeId).at(-1);
  },

  /** Completed results for charts, oldest first. */
  async listByMeasure(measure: MeasureId): Promise<MeasureResult[]> {
    // Filtered after the read: an unfiltered index range is fetched in one go
    // (getAll), a Dexie .filter() walks a cursor row by row (several times slower).
    const all = await db.measureResults.where('[measure+day]').between([measure, ''], [measure, '\uffff'], true, true).toArray();
    const rows = all.filter((m) => live(m) && m.status === 'complete');
    return rows.sort((a, b) => a.day.localeCompare(b.day) || a.takenAt.localeCompare(b.takenAt));
  },
};
