/**
 * Today slot: the therapist's open question(s), shown first on Today.
 * Owned by the prompts feature; renders nothing until that feature lands.
 */
export function TodayQuestionCard() {
  return null;
}
