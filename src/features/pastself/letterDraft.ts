import type { JsonObject, LetterSeal } from '../../db';
import { isLocalDay } from '../../lib/days';
import type { SealContext } from './seal';
import { sealProblem } from './seal';

export const LETTER_DRAFT_KEY = 'letter:new';

export type SealKind = 'none' | 'session' | 'date';

/** The new-letter editor's state; also the shape of its draft payload. */
export interface LetterDraft extends JsonObject {
  body: string;
  sealKind: SealKind;
  /** Kept as typed, so a half-typed number survives in the draft. */
  sessionNumber: string;
  sealDay: string;
  /** The "tell my past self" notes this letter started from. */
  noteIds: string[];
}

/** A new letter starts from the running list, one line per thing to say. */
export function startLetter(notes: { id: string; text: string }[], ctx: SealContext): LetterDraft {
  return {
    body: notes.map((n) => `• ${n.text}`).join('\n') + (notes.length > 0 ? '\n\n' : ''),
    sealKind: 'none',
    sessionNumber: String(ctx.sessionsSoFar + 1),
    sealDay: '',
    noteIds: notes.map((n) => n.id),
  };
}

const str = (x: unknown, fallback: string): string => (typeof x === 'string' ? x : fallback);

export function readLetterDraft(payload: JsonObject, fallback: LetterDraft): LetterDraft {
  const kind = payload.sealKind;
  const ids = payload.noteIds;
  return {
    body: str(payload.body, fallback.body),
    sealKind: kind === 'session' || kind === 'date' || kind === 'none' ? kind : 'none',
    sessionNumber: str(payload.sessionNumber, fallback.sessionNumber),
    sealDay: str(payload.sealDay, ''),
    noteIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [],
  };
}

export type LetterProblem =
  | { field: 'body'; why: 'empty' }
  | { field: 'seal'; why: 'sessionNumber' | 'sessionReached' | 'date' | 'dateNotFuture' };

/** Checks the editor's state before keeping it; returns the seal to use when all is well. */
export function checkLetter(d: LetterDraft, ctx: SealContext): { ok: true; seal?: LetterSeal } | { ok: false; problem: LetterProblem } {
  if (d.body.trim() === '') return { ok: false, problem: { field: 'body', why: 'empty' } };
  if (d.sealKind === 'none') return { ok: true };
  let seal: LetterSeal;
  if (d.sealKind === 'session') {
    const n = Number(d.sessionNumber.trim());
    if (d.sessionNumber.trim() === '' || !Number.isInteger(n) || n < 1 || n > 10_000) return { ok: false, problem: { field: 'seal', why: 'sessionNumber' } };
    seal = { kind: 'session', number: n };
  } else {
    if (!isLocalDay(d.sealDay)) return { ok: false, problem: { field: 'seal', why: 'date' } };
    seal = { kind: 'date', day: d.sealDay };
  }
  const problem = sealProblem(seal, ctx);
  return problem ? { ok: false, problem: { field: 'seal', why: problem } } : { ok: true, seal };
}
