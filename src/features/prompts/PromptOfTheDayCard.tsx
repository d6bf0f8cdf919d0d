/**
 * Today slot: the prompt of the day. Owned by the prompts feature; renders
 * nothing until that feature lands.
 */
export function PromptOfTheDayCard() {
  return null;
}
