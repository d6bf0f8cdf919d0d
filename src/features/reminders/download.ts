import type { Reminder } from '../../db';
import { downloadText } from '../../lib/download';
import { remindersToIcs, type IcsSession } from './ics';

export function downloadIcs(reminders: readonly Reminder[], filename: string, sessions: readonly IcsSession[] = []): void {
  downloadText(filename, remindersToIcs(reminders, new Date(), sessions), 'text/calendar;charset=utf-8');
}
