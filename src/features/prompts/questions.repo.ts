import { db } from '../../db';
import type { LocalDay, QuestionStatus, TherapistQuestion } from '../../db';
import { createRecordRepo } from '../../db/records';
import type { NewRecord } from '../../db/records';
import { hashString } from '../../lib/hash';
import { nowIso } from '../../lib/ids';
import { cleanList, requireDay, requireOneOf, requireText } from '../../lib/validate';

const statuses: readonly QuestionStatus[] = ['open', 'answered', 'snoozed', 'archived'];

function prepare(q: TherapistQuestion): TherapistQuestion {
  requireText('text', q.text);
  requireOneOf('status', q.status, statuses);
  if (q.dueDay !== undefined) requireDay('dueDay', q.dueDay);
  if (q.snoozedUntil !== undefined) requireDay('snoozedUntil', q.snoozedUntil);
  return { ...q, text: q.text.trim(), followUps: cleanList(q.followUps) };
}

/** What a therapist's link / QR code / pasted text carries. */
export interface QuestionPayload {
  text: string;
  followUps?: string[];
  dueDay?: LocalDay;
  from?: string;
}

/** Same payload (ignoring surrounding whitespace) gives the same fingerprint. */
export function questionFingerprint(p: QuestionPayload): string {
  const canonical = JSON.stringify([p.text.trim(), cleanList(p.followUps ?? []), p.dueDay ?? null, p.from?.trim() ?? null]);
  return hashString(canonical);
}

const base = createRecordRepo(db.questions, { prepare });
const live = (q: TherapistQuestion): boolean => q.deletedAt === undefined;
const newestFirst = (a: TherapistQuestion, b: TherapistQuestion): number => b.importedAt.localeCompare(a.importedAt);

export const questionsRepo = {
  ...base,

  /**
   * Stores a question from the therapist unless the same payload was already
   * imported (and not deleted); then returns that one with `duplicate: true`.
   */
  importQuestion(payload: QuestionPayload): Promise<{ question: TherapistQuestion; duplicate: boolean }> {
    return db.transaction('rw', db.questions, async () => {
      const fingerprint = questionFingerprint(payload);
      const existing = await db.questions.where('fingerprint').equals(fingerprint).filter(live).first();
      if (existing) return { question: existing, duplicate: true };
      const input: NewRecord<TherapistQuestion> = {
        text: payload.text,
        followUps: payload.followUps ?? [],
        importedAt: nowIso(),
        status: 'open',
        fingerprint,
      };
      if (payload.dueDay !== undefined) input.dueDay = payload.dueDay;
      if (payload.from !== undefined && payload.from.trim() !== '') input.from = payload.from.trim();
      return { question: await base.add(input), duplicate: false };
    });
  },

  async listByStatus(status: QuestionStatus): Promise<TherapistQuestion[]> {
    const rows = await db.questions.where('status').equals(status).filter(live).toArray();
    return rows.sort(newestFirst);
  },

  /** Questions to show now: open ones, plus snoozed ones whose snooze has ended by `today`. */
  async listActive(today: LocalDay): Promise<TherapistQuestion[]> {
    const rows = await db.questions
      .where('status')
      .anyOf('open', 'snoozed')
      .filter((q) => live(q) && (q.status === 'open' || (q.snoozedUntil ?? '') <= today))
      .toArray();
    return rows.sort(newestFirst);
  },

  setStatus(id: string, status: Exclude<QuestionStatus, 'snoozed'>): Promise<TherapistQuestion> {
    return base.update(id, { status, snoozedUntil: undefined });
  },

  /** Called by the journal editor when an answer is saved. */
  markAnswered(id: string): Promise<TherapistQuestion> {
    return base.update(id, { status: 'answered', snoozedUntil: undefined });
  },

  /** Every live question for the inbox, newest first (the inbox groups them by status). */
  async listInbox(): Promise<TherapistQuestion[]> {
    const rows = await db.questions.filter(live).toArray();
    return rows.sort(newestFirst);
  },

  snooze(id: string, until: LocalDay): Promise<TherapistQuestion> {
    return base.update(id, { status: 'snoozed', snoozedUntil: until });
  },
};
