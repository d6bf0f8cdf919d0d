// Every user-facing English string, one file per feature under ./en/.
// Other locales copy this shape (the Messages type makes a missing key an error).
import { shell } from './en/shell';
import { today } from './en/today';
import { journal } from './en/journal';
import { goals } from './en/goals';
import { milestones } from './en/milestones';
import { moments } from './en/moments';
import { progress } from './en/progress';
import { therapists } from './en/therapists';
import { crisis } from './en/crisis';
import { settings } from './en/settings';
import { backup } from './en/backup';
import { prompts } from './en/prompts';
import { sessions } from './en/sessions';
import { checkins } from './en/checkins';
import { reminders } from './en/reminders';
import { pastself } from './en/pastself';
import { why } from './en/why';
import { patterns } from './en/patterns';
import { lock } from './en/lock';

export const en = {
  ...shell,
  ...today,
  ...journal,
  ...goals,
  ...milestones,
  ...moments,
  ...progress,
  ...therapists,
  ...crisis,
  ...settings,
  ...backup,
  ...prompts,
  ...sessions,
  ...checkins,
  ...reminders,
  ...pastself,
  ...why,
  ...patterns,
  ...lock,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
