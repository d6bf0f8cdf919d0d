import { Dexie } from 'dexie';
import { db } from '../../db';
import type { LocalDay, LogItem, LogKind } from '../../db';
import { createRecordRepo } from '../../db/records';
import { todayLocal } from '../../lib/days';
import { ValidationError } from '../../lib/errors';
import { normaliseTimestamp, requireDay, requireOneOf, requireText } from '../../lib/validate';

function prepare(item: LogItem): LogItem {
  requireOneOf('kind', item.kind, ['success', 'surprise']);
  requireText('text', item.text);
  requireDay('day', item.day);
  // Something that happened cannot be in the future.
  if (item.day > todayLocal()) throw new ValidationError('day', 'validation.invalidDay', { reason: 'future' });
  const row: LogItem = { ...item, text: item.text.trim(), occurredAt: normaliseTimestamp('occurredAt', item.occurredAt) };
  if (row.detail !== undefined && row.detail.trim() === '') delete row.detail;
  return row;
}

const live = (i: LogItem): boolean => i.deletedAt === undefined;
const newestFirst = (a: LogItem, b: LogItem): number => b.occurredAt.localeCompare(a.occurredAt);

export const logsRepo = {
  ...createRecordRepo(db.logItems, { prepare }),

  /** Successes and surprises on or after `day` (e.g. since the last session), newest first. */
  async listSince(day: LocalDay): Promise<LogItem[]> {
    // Filtered after the read (getAll), not with .filter() (a row-by-row cursor).
    const rows = (await db.logItems.where('day').aboveOrEqual(day).toArray()).filter(live);
    return rows.sort(newestFirst);
  },

  /** The newest `limit` items, optionally of one kind (index order, stops early). */
  listRecent(limit: number, kind?: LogKind): Promise<LogItem[]> {
    const query =
      kind === undefined
        ? db.logItems.orderBy('day')
        : db.logItems.where('[kind+day]').between([kind, Dexie.minKey], [kind, Dexie.maxKey], true, true);
    return query.reverse().filter(live).limit(limit).toArray().then((rows) => rows.sort(newestFirst));
  },

  /** One kind only, optionally limited to [fromDay, toDay], newest first. */
  async byKind(kind: LogKind, fromDay?: LocalDay, toDay?: LocalDay): Promise<LogItem[]> {
    const rows = await db.logItems
      .where('[kind+day]')
      .between([kind, fromDay ?? Dexie.minKey], [kind, toDay ?? Dexie.maxKey], true, true)
      .filter(live)
      .toArray();
    return rows.sort(newestFirst);
  },
};
