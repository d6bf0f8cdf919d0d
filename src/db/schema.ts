/*
 * ============================================================================
 *  NEVER EDIT A RELEASED VERSION BELOW. ADD A NEW ENTRY AT THE END INSTEAD.
 * ============================================================================
 *  Users' devices already hold databases created by these exact definitions.
 *  Changing an old entry makes upgrades skip or misapply changes and can lose
 *  data. To change the schema: append { version: last + 1, stores: {...only the
 *  tables that change...}, upgrade? }, then extend
 *  tests/fixtures/schema-history.json and tests/fixtures/rows.ts.
 *  `null` deletes a table: only ever after its rows have been migrated.
 *  Upgrades run before anyone unlocks: with app lock on, an upgrade function
 *  sees rows sealed (readable fields only, see ./seal). A change that reads or
 *  rewrites people's words must run after unlocking instead, not here.
 * ============================================================================
 */
import type { Transaction } from 'dexie';
import { searchRowFor } from './journalSearch';
import type { JournalEntry } from './types';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const schemaHistory: ReadonlyArray<SchemaVersion> = [
  {
    version: 1,
    stores: {
      // [day+createdAt] gives a stable newest-first order within a day.
      journalEntries: 'id, day, updatedAt, [day+createdAt], *tags, promptId, questionId, bringToSession',
      prompts: 'id, theme, source, favourite',
      // fingerprint is not unique: a soft-deleted or synced copy may share it.
      questions: 'id, status, fingerprint',
      logItems: 'id, day, [kind+day]',
      goals: 'id, status',
      goalRevisions: 'id, [goalId+revision]',
      milestones: 'id, goalId, status',
      checkoffs: 'id, [milestoneId+day], day, goalId',
      checkins: 'id, day, [slot+day]',
      measureResults: 'id, [measure+day], status',
      sessions: 'id, startsAt, day',
      letters: 'id, day',
      patterns: 'id',
      patternLogs: 'id, [patternId+day], day',
      reminders: 'id, enabled',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // Autosave for every editor; survives reload, crash and app update.
      drafts: 'key, kind, updatedAt',
    },
  },
  {
    version: 3,
    stores: {
      // Journal search: a multi-entry word index kept in step with journalEntries.
      journalSearch: 'key, entryId, *terms',
    },
    upgrade: async (tx) => {
      const entries = (await tx.table('journalEntries').toArray()) as JournalEntry[];
      await tx.table('journalSearch').bulkPut(entries.map(searchRowFor));
    },
  },
  {
    version: 6,
    stores: {
      // Feedback reviews every N sessions; listed newest first by day.
      feedbackReviews: 'id, day, sessionCount',
      // deletedAt holds only soft-deleted sessions (undefined is not indexed), so
      // the session count is an index count minus a handful of deleted rows.
      sessions: 'id, startsAt, day, deletedAt',
    },
  },
  {
    version: 8,
    stores: {
      // Reflection: the intake snapshot, the "tell my past self" list and "my why" versions.
      intakes: 'id',
      pastSelfNotes: 'id, createdAt',
      whyVersions: 'id, createdAt',
    },
  },
];

/** The table names that exist after applying the given versions (null removes a table). */
export function tablesAt(versions: ReadonlyArray<SchemaVersion>): string[] {
  const tables = new Set<string>();
  for (const v of versions) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return [...tables];
}
