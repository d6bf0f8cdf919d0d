import type { Reminder } from '../../db';
import { remindersToIcs, type IcsSession } from './ics';

/** Saves text as a file through the browser's download (Blob + <a download>). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadIcs(reminders: readonly Reminder[], filename: string, sessions: readonly IcsSession[] = []): void {
  downloadText(filename, remindersToIcs(reminders, new Date(), sessions), 'text/calendar;charset=utf-8');
}
