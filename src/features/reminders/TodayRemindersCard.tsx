/**
 * Today slot: reminders due now and missed since the last open. Owned by the
 * reminders feature; renders nothing until that feature lands.
 */
export function TodayRemindersCard() {
  return null;
}
