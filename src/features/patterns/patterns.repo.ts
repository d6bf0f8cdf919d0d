import { Dexie } from 'dexie';
import { db } from '../../db';
import type { LocalDay, Pattern, PatternLog } from '../../db';
import { createRecordRepo } from '../../db/records';
import { ValidationError } from '../../lib/errors';
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
