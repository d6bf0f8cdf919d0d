import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import { schemaHistory } from './schema';
import { sealMiddleware } from './seal/middleware';
import type {
  CheckIn,
  Checkoff,
  Draft,
  FeedbackReview,
  Goal,
  GoalRevision,
  Intake,
  JournalEntry,
  JournalSearchRow,
  Letter,
  LogItem,
  MeasureResult,
  Milestone,
  Pattern,
  PastSelfNote,
  PatternLog,
  Prompt,
  Reminder,
  Session,
  Setting,
  TherapistQuestion,
  WhyVersion,
} from './types';

export const DB_NAME = 'between';

/**
 * The app's IndexedDB database. Tables are declared with `declare` so no class
 * field initialiser overwrites the tables Dexie attaches in `version().stores()`.
 */
export class BetweenDB extends Dexie {
  declare journalEntries: EntityTable<JournalEntry, 'id'>;
  declare prompts: EntityTable<Prompt, 'id'>;
  declare questions: EntityTable<TherapistQuestion, 'id'>;
  declare logItems: EntityTable<LogItem, 'id'>;
  declare goals: EntityTable<Goal, 'id'>;
  declare goalRevisions: EntityTable<GoalRevision, 'id'>;
  declare milestones: EntityTable<Milestone, 'id'>;
  declare checkoffs: EntityTable<Checkoff, 'id'>;
  declare checkins: EntityTable<CheckIn, 'id'>;
  declare measureResults: EntityTable<MeasureResult, 'id'>;
  declare sessions: EntityTable<Session, 'id'>;
  declare letters: EntityTable<Letter, 'id'>;
  declare patterns: EntityTable<Pattern, 'id'>;
  declare patternLogs: EntityTable<PatternLog, 'id'>;
  declare reminders: EntityTable<Reminder, 'id'>;
  declare settings: EntityTable<Setting, 'key'>;
  declare drafts: EntityTable<Draft, 'key'>;
  declare feedbackReviews: EntityTable<FeedbackReview, 'id'>;
  declare journalSearch: EntityTable<JournalSearchRow, 'key'>;
  declare intakes: EntityTable<Intake, 'id'>;
  declare pastSelfNotes: EntityTable<PastSelfNote, 'id'>;
  declare whyVersions: EntityTable<WhyVersion, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of schemaHistory) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
    // Lock: seals content at rest while on (a no-op while off). See ./seal.
    this.use(sealMiddleware);
  }
}

/** A new, unopened connection; the app uses the shared `db`, tests may use their own name. */
export function createDb(name: string = DB_NAME): BetweenDB {
  return new BetweenDB(name);
}

/** Names of the tables whose rows are domain records (id + soft delete). */
export const recordTableNames = [
  'journalEntries',
  'prompts',
  'questions',
  'logItems',
  'goals',
  'goalRevisions',
  'milestones',
  'checkoffs',
  'checkins',
  'measureResults',
  'sessions',
  'letters',
  'patterns',
  'patternLogs',
  'reminders',
  'feedbackReviews',
  'intakes',
  'pastSelfNotes',
  'whyVersions',
] as const satisfies readonly (keyof BetweenDB)[];

/** Tables derived from others (rebuildable indexes); neither records nor settings. */
export const derivedTableNames = ['journalSearch'] as const satisfies readonly (keyof BetweenDB)[];

export type RecordTableName = (typeof recordTableNames)[number];
export type TableName = RecordTableName | 'settings' | 'drafts';
