import { Dexie } from 'dexie';
import { changeStamp, db, noteChange, sealState, textIndexesUsable } from '../../db';
import type { JournalEntry, JournalSearchRow, LocalDay } from '../../db';
import { filterTerm, parseSearchKey, searchRowFor } from '../../db/journalSearch';
import { queryTokens } from '../../lib/searchText';

/** What the journal list is narrowed to. Empty fields mean "no filter". */
export interface JournalFilter {
  query: string;
  tag?: string | undefined;
  /** 'any' = entries answering some prompt; otherwise one prompt id. */
  prompt?: string | undefined;
  bring?: boolean | undefined;
  from?: LocalDay | undefined;
  to?: LocalDay | undefined;
}

export interface JournalPage {
  entries: JournalEntry[];
  hasMore: boolean;
  /** The folded search words, for highlighting. */
  tokens: string[];
}

const live = (e: JournalEntry | undefined): e is JournalEntry => e !== undefined && e.deletedAt === undefined;

/** Search keys (one per entry) whose terms start with `term`, or equal it exactly. */
type KeysFor = (term: string, exact: boolean) => Promise<Set<string>>;

const keysFromIndex: KeysFor = async (term, exact) => {
  const where = db.journalSearch.where('terms');
  const keys = await (exact ? where.equals(term) : where.startsWith(term)).primaryKeys();
  return new Set(keys);
};

type OpenedTerms = Pick<JournalSearchRow, 'key' | 'terms'>[];

/**
 * Lock on: the opened search rows, kept per key (a WeakMap, so locking lets
 * them go with it) until a search row changes. Opening every row costs ~100×
 * the indexed search; typing a query runs one search per keystroke.
 */
const openedTerms = new WeakMap<object, { stamp: string; count: number; rows: OpenedTerms }>();

// Another tab wrote search rows: the opened copy here is out of date.
const SEARCH_PART = `idb://${db.name}/journalSearch/`;
Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => part.startsWith(SEARCH_PART))) noteChange('journalSearch');
});

async function openedSearchRows(): Promise<OpenedTerms> {
  const cipher = sealState.cipher;
  const stamp = changeStamp('journalSearch');
  // Cheap, and it keeps live queries re-running when any search row changes.
  const count = await db.journalSearch.count();
  const cached = cipher && openedTerms.get(cipher);
  if (cached && cached.stamp === changeStamp('journalSearch') && cached.count === count) return cached.rows;
  const rows = (await db.journalSearch.toArray()).map(({ key, terms }) => ({ key, terms }));
  // Stamped as of before the read: a write meanwhile makes the next search read again.
  if (cipher) openedTerms.set(cipher, { stamp, count, rows });
  return rows;
}

/** Lock on: every tag of the live entries, from the opened search rows (tags are filter terms there). */
export async function tagsFromOpenedRows(): Promise<string[]> {
  const prefix = filterTerm.tag('');
  const tags = new Set<string>();
  for (const row of await openedSearchRows()) {
    for (const term of row.terms) if (term.startsWith(prefix)) tags.add(term.slice(prefix.length));
  }
  return [...tags].sort((a, b) => a.localeCompare(b));
}

/** With lock on the words are sealed and the index is empty: match the opened rows in memory. */
async function keysFromOpenedRows(): Promise<KeysFor> {
  const rows = await openedSearchRows();
  return (term, exact) => {
    const match = exact ? (t: string) => t === term : (t: string) => t.startsWith(term);
    return Promise.resolve(new Set(rows.filter((row) => row.terms.some(match)).map((row) => row.key)));
  };
}

function intersect(sets: Set<string>[]): string[] {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return [];
  return [...smallest].filter((k) => rest.every((s) => s.has(k)));
}

/** Rebuild the whole search index from the entries (after a restore or sync that wrote rows directly). */
export function rebuildSearchIndex(): Promise<void> {
  return db.transaction('rw', db.journalEntries, db.journalSearch, async () => {
    await db.journalSearch.clear();
    const rows: ReturnType<typeof searchRowFor>[] = [];
    await db.journalEntries.each((entry) => {
      rows.push(searchRowFor(entry));
    });
    await db.journalSearch.bulkPut(rows);
  });
}

/**
 * Compare row counts (cheap) and rebuild when they differ: catches a backup
 * restored or merged around the repo. It writes, so the list calls it from an
 * effect when it opens, never inside a live query.
 */
export async function ensureSearchIndex(): Promise<void> {
  const [entries, rows] = await Promise.all([db.journalEntries.count(), db.journalSearch.count()]);
  if (entries !== rows) await rebuildSearchIndex();
}

/** Newest first, at most `limit` entries, matching every filter and every search word (as a prefix). */
export async function queryEntries(filter: JournalFilter, limit: number): Promise<JournalPage> {
  const tokens = queryTokens(filter.query);
  const terms: [string, boolean][] = tokens.map((t) => [t, false]);
  if (filter.tag) terms.push([filterTerm.tag(filter.tag), true]);
  if (filter.prompt) terms.push([filter.prompt === 'any' ? filterTerm.anyPrompt : filterTerm.prompt(filter.prompt), true]);
  if (filter.bring) terms.push([filterTerm.bring, true]);
  const from = filter.from ?? '0000-00-00';
  const to = filter.to ?? '9999-99-99';

  if (terms.length === 0) {
    // Plain browsing reads the day index and stops after one page.
    const rows = await db.journalEntries
      .where('[day+createdAt]')
      .between([from, Dexie.minKey], [to, Dexie.maxKey], true, true)
      .reverse()
      .filter(live)
      .limit(limit + 1)
      .toArray();
    return { entries: rows.slice(0, limit), hasMore: rows.length > limit, tokens };
  }

  // Keys only (no row values) until we know which page to show.
  const keysFor = textIndexesUsable() ? keysFromIndex : await keysFromOpenedRows();
  const keys = intersect(await Promise.all(terms.map(([term, exact]) => keysFor(term, exact))))
    .filter((key) => {
      const day = key.slice(0, 10);
      return day >= from && day <= to;
    })
    .sort()
    .reverse();

  const entries: JournalEntry[] = [];
  let next = 0;
  while (entries.length <= limit && next < keys.length) {
    const batch = keys.slice(next, next + limit + 1 - entries.length);
    next += batch.length;
    const rows = await db.journalEntries.bulkGet(batch.map((k) => parseSearchKey(k).id));
    rows.forEach((row, i) => {
      // A row that moved day after this key was written is found under its new key instead.
      const key = parseSearchKey(batch[i] ?? '');
      if (live(row) && row.day === key.day && row.createdAt === key.createdAt) entries.push(row);
    });
  }
  return { entries: entries.slice(0, limit), hasMore: entries.length > limit, tokens };
}

export const journalSearchRepo = { queryEntries, rebuildSearchIndex, ensureSearchIndex };
