// Every user-facing English string, one file per feature under ./en/.
// Other locales copy this shape (the Messages type makes a missing key an error).
import { shell } from './en/shell';
import { today } from './en/today';
import { journal } from './en/journal';
import { goals } from './en/goals';
import { progress } from './en/progress';
import { therapists } from './en/therapists';
import { crisis } from './en/crisis';
import { settings } from './en/settings';
import { backup } from './en/backup';

export const en = {
  ...shell,
  ...today,
  ...journal,
  ...goals,
  ...progress,
  ...therapists,
  ...crisis,
  ...settings,
  ...backup,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
