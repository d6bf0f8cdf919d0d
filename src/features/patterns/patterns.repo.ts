import { Dexie } from 'dexie';
import { db } from '../../db';
import type { LocalDay, Pattern, PatternLog } from '../../db';
import { createRecordRepo } from '../../db/records';
import { RecordNotFoundError, ValidationError } from '../../lib/errors';
import { nowIso } from '../../lib/ids';
import { normaliseTimestamp, requireDay, requireText, validateBodyCheck } from '../../lib/validate';

function preparePattern(p: Pattern): Pattern {
  requireText('name', p.name);
  return { ...p, name: p.name.trim(), description: p.description.trim() };
}

function prepareLog(log: PatternLog): PatternLog {
  requireText('patternId', log.patternId);
  requireDay('day', log.day);
  requireText('what', log.what);
  const row: PatternLog = { ...log, occurredAt: normaliseTimestamp('occurredAt', log.occurredAt) };
  if (log.bodyCheck) row.bodyCheck = validateBodyCheck('bodyCheck', log.bodyCheck);
  return row;
}

const live = <T extends { deletedAt?: string }>(r: T): boolean => r.deletedAt === undefined;
const newestFirst = (a: PatternLog, b: PatternLog): number => b.occurredAt.localeCompare(a.occurredAt);

const patternBase = createRecordRepo(db.patterns, { prepare: preparePattern });

/** Every log of one pattern, deleted or not, through the [patternId+day] index. */
const logsOf = (patternId: string) => db.patternLogs.where('[patternId+day]').between([patternId, Dexie.minKey], [patternId, Dexie.maxKey], true, true);

export const patternsRepo = {
  ...patternBase,

  /** Names a new pattern; a name already in use (ignoring case) is refused so logs do not split. */
  async addNamed(name: string, description: string): Promise<Pattern> {
    requireText('name', name);
    return await db.transaction('rw', db.patterns, async () => {
      const wanted = name.trim().toLocaleLowerCase();
      const clash = await db.patterns.filter((p) => live(p) && p.name.toLocaleLowerCase() === wanted).first();
      if (clash) throw new ValidationError('name', 'validation.duplicate', { id: clash.id });
      return patternBase.add({ name, description });
    });
  },

  /** Renames; an empty name, or one another pattern already has (ignoring case), is refused and nothing changes. */
  async rename(id: string, name: string): Promise<Pattern> {
    requireText('name', name);
    return await db.transaction('rw', db.patterns, async () => {
      const wanted = name.trim().toLocaleLowerCase();
      const clash = await db.patterns.filter((p) => live(p) && p.id !== id && p.name.toLocaleLowerCase() === wanted).first();
      if (clash) throw new ValidationError('name', 'validation.duplicate', { id: clash.id });
      return patternBase.update(id, { name });
    });
  },

  /**
   * Deletes a pattern together with its logs, in one transaction. Both are soft
   * deletes, so the logs are kept and come back with restore(); deleting them
   * too (rather than leaving them live) keeps exports and counts free of logs
   * that point at a pattern nobody can see.
   */
  softDelete(id: string): Promise<void> {
    return db.transaction('rw', db.patterns, db.patternLogs, async () => {
      const pattern = await db.patterns.get(id);
      if (pattern === undefined) throw new RecordNotFoundError('patterns', id);
      if (pattern.deletedAt !== undefined) return;
      const at = nowIso();
      await db.patterns.put({ ...pattern, deletedAt: at, updatedAt: at });
      const logs = await logsOf(id).filter(live).toArray();
      await db.patternLogs.bulkPut(logs.map((l) => ({ ...l, deletedAt: at, updatedAt: at })));
    });
  },

  /**
   * Undoes softDelete: the pattern and the logs deleted with it (same deletedAt).
   * A log the person deleted on its own earlier stays deleted.
   */
  restore(id: string): Promise<Pattern> {
    return db.transaction('rw', db.patterns, db.patternLogs, async () => {
      const pattern = await db.patterns.get(id);
      if (pattern === undefined) throw new RecordNotFoundError('patterns', id);
      const deletedAt = pattern.deletedAt;
      if (deletedAt === undefined) return pattern;
      const at = nowIso();
      const logs = await logsOf(id).filter((l) => l.deletedAt === deletedAt).toArray();
      await db.patternLogs.bulkPut(logs.map(({ deletedAt: _gone, ...l }) => ({ ...l, updatedAt: at })));
      return await patternBase.restore(id);
    });
  },

  /** Alphabetical, as the user named them. */
  async listByName(): Promise<Pattern[]> {
    const rows = await db.patterns.filter(live).toArray();
    return rows.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const patternLogsRepo = {
  ...createRecordRepo(db.patternLogs, { prepare: prepareLog }),

  /** When this pattern showed up, optionally within [fromDay, toDay], newest first. */
  async listForPattern(patternId: string, fromDay?: LocalDay, toDay?: LocalDay): Promise<PatternLog[]> {
    const rows = await db.patternLogs
      .where('[patternId+day]')
      .between([patternId, fromDay ?? Dexie.minKey], [patternId, toDay ?? Dexie.maxKey], true, true)
      .filter(live)
      .toArray();
    return rows.sort(newestFirst);
  },

  /** All pattern logs on or after `day`, newest first. */
  async listSince(day: LocalDay): Promise<PatternLog[]> {
    const rows = await db.patternLogs.where('day').aboveOrEqual(day).filter(live).toArray();
    return rows.sort(newestFirst);
  },
};
