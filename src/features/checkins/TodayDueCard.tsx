/**
 * Today slot: check-ins, measures, feedback reviews and session prep that are
 * due, plus the next session date. Owned by the sessions/check-ins feature;
 * renders nothing until that feature lands.
 */
export function TodayDueCard() {
  return null;
}
