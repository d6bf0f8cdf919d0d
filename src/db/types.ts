/**
 * Record types for everything Between stores on the device.
 *
 * Conventions (they matter for indexing and sync):
 * - ids are crypto.randomUUID() strings; timestamps are ISO-8601 UTC strings.
 * - `deletedAt` marks a soft delete so deletions can later sync to other devices.
 * - Booleans we query are stored as 0 | 1: IndexedDB cannot index booleans.
 * - Calendar days are LocalDay strings ('YYYY-MM-DD' in the user's time zone).
 */
import type { LocalDay } from '../lib/days';

export type { LocalDay };

/** 0 | 1 stand-in for an indexable boolean. */
export type Flag = 0 | 1;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Fields every synced domain record carries. */
export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

/** A quick "listen to the body" check, embedded in journal entries and pattern logs. */
export interface BodyCheck {
  /** e.g. 'head', 'chest', 'stomach', 'shoulders', 'other' */
  areas: string[];
  feeling: string;
  /** 0–10 */
  intensity: number;
}

export interface JournalEntry extends BaseRecord {
  /** The day the entry is about; may be earlier than createdAt (backdating). */
  day: LocalDay;
  title: string;
  body: string;
  tags: string[];
  promptId?: string;
  /** The therapist question this entry answers. */
  questionId?: string;
  bringToSession: Flag;
  bodyCheck?: BodyCheck;
}

/** A prompt the user wrote, or a built-in prompt they marked as favourite. */
export interface Prompt extends BaseRecord {
  theme: string;
  text: string;
  source: 'own' | 'builtin';
  favourite: Flag;
}

export type QuestionStatus = 'open' | 'answered' | 'snoozed' | 'archived';

/** A reflective question the therapist sent (link, QR code or paste). */
export interface TherapistQuestion extends BaseRecord {
  text: string;
  followUps: string[];
  dueDay?: LocalDay;
  from?: string;
  importedAt: string;
  status: QuestionStatus;
  snoozedUntil?: LocalDay;
  /** Hash of the imported payload; importing the same link twice is a no-op. */
  fingerprint: string;
}

export type LogKind = 'success' | 'surprise';

export interface LogItem extends BaseRecord {
  kind: LogKind;
  text: string;
  detail?: string;
  occurredAt: string;
  day: LocalDay;
}

export type GoalMetric =
  | { kind: 'rating'; label: string; lowLabel: string; highLabel: string; higherIsBetter: boolean }
  | { kind: 'custom'; unit: string; target: number; higherIsBetter: boolean };

export type GoalStatus = 'active' | 'paused' | 'completed' | 'archived';

export interface Goal extends BaseRecord {
  title: string;
  /** The value this goal serves. */
  value: string;
  why: string;
  withTherapist: Flag;
  metric: GoalMetric;
  status: GoalStatus;
  /** Starts at 1; each edit of the definition writes a GoalRevision and increments it. */
  revision: number;
}

/** The goal fields whose edits are kept as revisions. */
export type GoalDefinition = Pick<Goal, 'title' | 'value' | 'why' | 'withTherapist' | 'metric'>;

export interface GoalRevision extends BaseRecord {
  goalId: string;
  /** The revision number that this edit replaced. */
  revision: number;
  changedAt: string;
  before: GoalDefinition;
  changedFields: (keyof GoalDefinition)[];
}

export type Schedule =
  | { kind: 'daily' }
  | { kind: 'perWeek'; times: number /* 1..7 */ }
  | { kind: 'weekdays'; days: number[] /* 0=Sun..6 */ }
  | { kind: 'once'; by: LocalDay };

export type MilestoneStatus = 'active' | 'paused' | 'archived';

export interface Milestone extends BaseRecord {
  goalId: string;
  title: string;
  schedule: Schedule;
  target?: { amount: number; unit: string };
  status: MilestoneStatus;
  startDay: LocalDay;
  /**
   * Spans when the milestone was paused or put away (`to` is the day it came
   * back; open while still paused). These days never count against it.
   * `withGoal` marks a pause that came from pausing or closing its goal.
   */
  pauses?: { from: LocalDay; to?: LocalDay; withGoal?: true }[];
}

export type CheckoffHow = 'easy' | 'ok' | 'hard';

export interface Checkoff extends BaseRecord {
  milestoneId: string;
  goalId: string;
  day: LocalDay;
  doneAt: string;
  how?: CheckoffHow;
  rating?: number;
  amount?: number;
  gotInTheWay?: string;
  learned?: string;
}

/** 'weekly' or `session:${sessionId}` */
export type CheckInSlot = string;

export interface CheckIn extends BaseRecord {
  day: LocalDay;
  slot: CheckInSlot;
  ratings: { goalId: string; value: number }[];
  /** 0–10 */
  overall: number;
  note: string;
}

export type MeasureId = 'phq9' | 'gad7' | 'who5';

export interface MeasureResult extends BaseRecord {
  measure: MeasureId;
  /** One slot per item; null while unanswered. */
  answers: (number | null)[];
  status: 'draft' | 'complete';
  total?: number;
  day: LocalDay;
  takenAt: string;
}

export interface Session extends BaseRecord {
  startsAt: string;
  day: LocalDay;
  note?: string;
  bringUp?: string;
}

/** One line of a feedback review: where a goal metric or measure started and where it is now. */
export interface ReviewComparison {
  kind: 'goal' | 'measure';
  /** Goal id or MeasureId. */
  ref: string;
  label: string;
  start: number;
  startDay: LocalDay;
  now: number;
  nowDay: LocalDay;
  /** For goal metrics: the unit ('0–10' ratings have none). */
  unit?: string;
  higherIsBetter: boolean;
  /** Measures only: whether the change reaches the meaningful-change threshold. */
  meaningful?: boolean;
}

/** A feedback review offered every N sessions; the comparisons are a snapshot at that time. */
export interface FeedbackReview extends BaseRecord {
  /** The session count it was offered at (a multiple of feedbackEvery). */
  sessionCount: number;
  day: LocalDay;
  comparisons: ReviewComparison[];
  improved: string;
  notYet: string;
  changeAboutTherapy: string;
}

export type LetterSeal = { kind: 'session'; number: number } | { kind: 'date'; day: LocalDay };

export interface Letter extends BaseRecord {
  body: string;
  day: LocalDay;
  sealedUntil?: LetterSeal;
  openedAt?: string;
}

/** Where the person started ("the past self" letters speak to); one per device, revisitable. */
export interface Intake extends BaseRecord {
  whyCame: string;
  hopes: string;
  /** How things were overall, 0–10. */
  overall?: number;
  /** Optional first ratings for goals active at the time. */
  goalRatings: { goalId: string; value: number }[];
  /** The day therapy started (never in the future). */
  startedDay?: LocalDay;
}

/** An item on the running list "things I want to tell my past self". */
export interface PastSelfNote extends BaseRecord {
  text: string;
  /** Set when a letter was started from it, so the next letter starts fresh. */
  usedInLetterId?: string;
}

/** One saved version of "my why"; the newest is current, older ones are its history. */
export interface WhyVersion extends BaseRecord {
  whyStarted: string;
  ownWords: string;
}

export interface Pattern extends BaseRecord {
  name: string;
  description: string;
}

export interface PatternLog extends BaseRecord {
  patternId: string;
  occurredAt: string;
  day: LocalDay;
  what: string;
  bodyCheck?: BodyCheck;
  whatIDid: string;
  tryNext: string;
}

export type ReminderTargetKind = 'milestone' | 'checkin' | 'question' | 'journal' | 'sessionPrep' | 'standalone';

export interface Reminder extends BaseRecord {
  target: { kind: ReminderTargetKind; id?: string };
  /** 'HH:mm' local times */
  times: string[];
  /** 0=Sun..6; empty means every day */
  weekdays: number[];
  quiet?: { from: string; to: string };
  /**
   * Session prep only: fire this many hours (whole, 1–168) before each session
   * instead of at `times` (which is then empty). Absolute hours, not wall-clock.
   */
  beforeSession?: { hours: number };
  title: string;
  body: string;
  /** 0 = neutral notification text (privacy on the lock screen) */
  showDetails: Flag;
  enabled: Flag;
}

export type ThemeSetting = 'system' | 'light' | 'dark';

/** Every setting and the type of its value. Add keys here (and a default in settings.repo). */
export interface SettingsMap {
  locale: string;
  theme: ThemeSetting;
  persistRequestedAt?: string;
  lastBackupAt?: string;
  /** A feedback review every N sessions. */
  feedbackEvery: number;
  /** 'auto' (from locale) or an ISO country code like 'US', 'GB'. */
  crisisCountry: string;
  /** Weekly check-in day, 0=Sun..6; unset = no weekly check-in. */
  checkinWeekday?: number;
  /** Offer a check-in before each session. */
  checkinBeforeSession?: boolean;
  /** Past-session count when the due feedback review was put away ("not now"); it returns after the next session. */
  feedbackReviewNotNowAt?: number;
  /** Standard measures the person turned on (all off by default). */
  measuresOn?: MeasureId[];
  /** Times "Another prompt" was tapped; shifts the prompt-of-the-day rotation. */
  promptOfDayOffset?: number;
  /** Reminders: when the app was last opened (ISO), for "missed since last open". */
  remindersLastOpenAt?: string;
  /** Reminders: when the person last cleared the in-app due list (ISO). */
  remindersClearedAt?: string;
  /** Reminders: occurrence ids already shown as notifications (pruned to a few days). */
  remindersShown?: string[];
  /** Reminders: when the service worker last ran a background (periodic sync) check (ISO). */
  remindersBackgroundAt?: string;
  /** My why resurfaces after this many days with no journal entry or check-off. */
  whyQuietDays: number;
  /** …or when the overall rating fell by at least this much since the previous check-in. */
  whyRatingDrop: number;
  /** The resurfacing occasion the person already put away (shown once per occasion). */
  whyDismissedFor?: string;
  /** The person said "not now" to the intake invitation on Today. */
  intakeInviteDismissed?: boolean;
  /** Suggest a backup on Today when the last one is older than this many days. */
  backupEveryDays: number;
  /** When the backup suggestion was last put away (ISO); it returns after the same interval. */
  backupNudgeDismissedAt?: string;
  /** App lock: the wrapped data key and where a lock on/off pass got to; unset = lock off. */
  lock?: LockConfig;
  /** App lock: lock after this many minutes without a touch or key press. */
  lockIdleMinutes: number;
}

/** A data key encrypted (AES-GCM) under a key derived from a secret; base64 fields. */
export interface WrappedKey {
  iv: string;
  data: string;
}

/** App lock settings. The data key itself is never stored, only wrapped. */
export interface LockConfig {
  version: 1;
  /** 'turningOn'/'turningOff': a conversion pass is under way (it resumes after unlocking). */
  status: 'on' | 'turningOn' | 'turningOff';
  kdf: { name: 'PBKDF2-SHA256'; iterations: number; salt: string };
  byPassphrase: WrappedKey;
  byRecoveryKey: WrappedKey;
  /** Where the pass got to: the table it is in and the last primary key it converted. */
  progress?: { table: string; after?: string };
  createdAt: string;
}

export type SettingKey = keyof SettingsMap;

/** One row per setting. Local-only, so no id/createdAt/soft delete. */
export interface Setting<K extends SettingKey = SettingKey> {
  key: K;
  value: SettingsMap[K];
  updatedAt: string;
}

/** Autosaved editor state, e.g. key 'journal:new' or 'journal:<entryId>'. Local-only. */
export interface Draft {
  key: string;
  kind: string;
  payload: JsonObject;
  updatedAt: string;
}

/**
 * The journal's search index: one row per journal entry (deleted ones keep an
 * empty row so counts match), maintained in the same transaction as the entry.
 * Derived and rebuildable; `key` sorts newest first when reversed.
 */
export interface JournalSearchRow {
  /** `${day}|${createdAt}|${entryId}` so key order is list order. */
  key: string;
  entryId: string;
  /** Folded words of title, body and tags, plus filter terms (see src/db/journalSearch.ts). */
  terms: string[];
  /** The entry's updatedAt, so a merge of two backups keeps the newer row. */
  updatedAt: string;
}
