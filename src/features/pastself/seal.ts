import type { Letter, LetterSeal, LocalDay } from '../../db';

/**
 * The calendar day of `at` in a time zone (default: the device's). Letters
 * sealed "until 1 March" open at local midnight wherever the person is.
 */
export function dayInZone(at: Date, timeZone?: string): LocalDay {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export interface SealContext {
  /** Sessions that have already started. */
  sessionsSoFar: number;
  /** Today's LocalDay where the person is. */
  today: LocalDay;
}

/** Whether the seal still holds. */
export function sealHolds(seal: LetterSeal | undefined, { sessionsSoFar, today }: SealContext): boolean {
  if (!seal) return false;
  return seal.kind === 'session' ? sessionsSoFar < seal.number : today < seal.day;
}

/** Why a seal cannot be chosen right now, or undefined when it is fine. */
export type SealProblem = 'sessionReached' | 'dateNotFuture';

export function sealProblem(seal: LetterSeal, ctx: SealContext): SealProblem | undefined {
  if (seal.kind === 'session') return seal.number <= ctx.sessionsSoFar ? 'sessionReached' : undefined;
  return seal.day <= ctx.today ? 'dateNotFuture' : undefined;
}

export type LetterState = 'open' | 'sealed' | 'ready';

/**
 * 'sealed' while the seal holds; 'ready' once a sealed letter has unsealed and
 * not been opened yet (Today says so); otherwise 'open'.
 */
export function letterState(letter: Letter, ctx: SealContext): LetterState {
  if (sealHolds(letter.sealedUntil, ctx)) return 'sealed';
  return letter.sealedUntil && !letter.openedAt ? 'ready' : 'open';
}
