import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../../src/db';
import { plainFieldsOf, UNSEALED_TABLES } from '../../../src/db/seal/fields';

/**
 * What stays readable in IndexedDB while lock is on, table by table: reviewed by
 * hand. Every field here must be an id, a date or time, a kind or a switch —
 * never someone's words or ratings. A new table or a new index changes this
 * list and fails the test: check that the new field holds no words (else add it
 * to TEXT_INDEXES in src/db/seal/fields.ts), then update the list.
 */
const REVIEWED: Record<string, readonly string[] | 'everything'> = {
  checkins: ['day', 'id', 'slot'],
  // doneAt: recorded by a notification's "Done" while locked.
  checkoffs: ['day', 'doneAt', 'goalId', 'id', 'milestoneId'],
  // key: the editor and record id ('journal:new', 'journal:<id>'); kind: which editor.
  drafts: ['key', 'kind'],
  feedbackReviews: ['day', 'id', 'sessionCount'],
  goalRevisions: ['goalId', 'id', 'revision'],
  goals: ['id', 'status'],
  intakes: ['id'],
  // tags are indexed but sealed (their index stays empty while lock is on).
  journalEntries: ['bringToSession', 'day', 'id', 'promptId', 'questionId'],
  // key: day|createdAt|entry id; terms (the words) are sealed.
  journalSearch: ['entryId', 'key'],
  letters: ['day', 'id'],
  logItems: ['day', 'id', 'kind'],
  measureResults: ['day', 'id', 'measure', 'status'],
  milestones: ['goalId', 'id', 'status'],
  pastSelfNotes: ['id'],
  patternLogs: ['day', 'id', 'patternId'],
  patterns: ['id'],
  prompts: ['favourite', 'id', 'source', 'theme'],
  // fingerprint: an unkeyed 53-bit hash of the question's text, used to spot a re-import.
  questions: ['fingerprint', 'id', 'status'],
  // The schedule the service worker needs to notify while locked; title and body are sealed.
  reminders: ['beforeSession', 'enabled', 'id', 'quiet', 'showDetails', 'target', 'times', 'weekdays'],
  sessions: ['day', 'id', 'startsAt'],
  // Theme, language and the wrapped keys are needed before unlocking.
  settings: 'everything',
  whyVersions: ['id'],
};

/** Every record's own timestamps are readable too (sync and backups compare them). */
const TIMESTAMPS = ['createdAt', 'deletedAt', 'updatedAt'];

describe('fields left readable while lock is on', () => {
  beforeAll(() => db.open());

  it('are exactly the reviewed list, for every table of the real schema', () => {
    const actual = Object.fromEntries(
      db.tables.map((table): [string, readonly string[] | 'everything'] => {
        if (UNSEALED_TABLES.has(table.name)) return [table.name, 'everything'];
        const fields = [...plainFieldsOf(db.core.table(table.name).schema)].filter((f) => !TIMESTAMPS.includes(f));
        return [table.name, fields.sort()];
      }),
    );
    expect(actual).toEqual(REVIEWED);
  });

  it('always include the record timestamps', () => {
    for (const table of db.tables.filter((t) => !UNSEALED_TABLES.has(t.name))) {
      const plain = plainFieldsOf(db.core.table(table.name).schema);
      for (const field of TIMESTAMPS) expect(plain.has(field)).toBe(true);
    }
  });
});
