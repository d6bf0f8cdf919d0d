import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { LocalDay } from '../../db';

export interface ResurfaceInputs {
  today: LocalDay;
  /** The latest day with a journal entry or a check-off; undefined if there has never been one. */
  lastActivityDay?: LocalDay;
  /** The two newest check-ins' overall ratings, newest first. */
  latestOverall?: { id: string; overall: number };
  previousOverall?: number;
  quietDays: number;
  ratingDrop: number;
  /** The occasion already put away. */
  dismissedFor?: string;
}

export type ResurfaceReason = { reason: 'quiet'; days: number; key: string } | { reason: 'drop'; by: number; key: string };

/**
 * Whether "my why" comes back on Today, and for which occasion. An occasion is
 * shown once: after it is put away, only a new one (a later quiet spell, a
 * newer check-in) brings the card back. Never fires for someone just starting.
 */
export function resurfaceReason(input: ResurfaceInputs): ResurfaceReason | undefined {
  const { latestOverall, previousOverall } = input;
  if (latestOverall && previousOverall !== undefined) {
    const by = previousOverall - latestOverall.overall;
    const key = `drop:${latestOverall.id}`;
    if (by >= input.ratingDrop && key !== input.dismissedFor) return { reason: 'drop', by, key };
  }
  if (input.lastActivityDay) {
    const days = differenceInCalendarDays(parseISO(input.today), parseISO(input.lastActivityDay));
    const key = `quiet:${input.lastActivityDay}`;
    if (days >= input.quietDays && key !== input.dismissedFor) return { reason: 'quiet', days, key };
  }
  return undefined;
}
