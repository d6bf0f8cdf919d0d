import { tokenize } from '../lib/searchText';
import type { JournalEntry, JournalSearchRow } from './types';

// Filter terms start with a control character, so no typed word can prefix-match them.
const MARK = '\u0001';
export const filterTerm = {
  tag: (tag: string): string => `${MARK}t:${tag}`,
  prompt: (promptId: string): string => `${MARK}p:${promptId}`,
  anyPrompt: `${MARK}p`,
  bring: `${MARK}b`,
} as const;

export function searchKey(entry: Pick<JournalEntry, 'day' | 'createdAt' | 'id'>): string {
  return `${entry.day}|${entry.createdAt}|${entry.id}`;
}

/** Day and entry id back out of a search key. */
export function parseSearchKey(key: string): { day: string; createdAt: string; id: string } {
  const [day = '', createdAt = '', id = ''] = key.split('|');
  return { day, createdAt, id };
}

/** The index row for an entry; a deleted entry indexes nothing. */
export function searchRowFor(entry: JournalEntry): JournalSearchRow {
  const row = { key: searchKey(entry), entryId: entry.id, terms: [] as string[], updatedAt: entry.updatedAt };
  if (entry.deletedAt !== undefined) return row;
  const words = tokenize([entry.title, entry.body, ...entry.tags].join('\n'));
  const filters = entry.tags.map(filterTerm.tag);
  if (entry.promptId) filters.push(filterTerm.anyPrompt, filterTerm.prompt(entry.promptId));
  if (entry.bringToSession === 1) filters.push(filterTerm.bring);
  row.terms = [...words, ...filters];
  return row;
}
