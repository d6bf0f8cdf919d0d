import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { JournalEntry, LocalDay } from '../../db';
import { journalRepo } from './journal.repo';
import { ensureSearchIndex, queryEntries, type JournalFilter, type JournalPage } from './journalSearch.repo';

export type { JournalFilter, JournalPage };

/** One page of the journal list for a filter; updates live as entries change. */
export function useJournalList(filter: JournalFilter, limit: number): JournalPage | undefined {
  useEffect(() => {
    void ensureSearchIndex();
  }, []);
  const { query, tag, prompt, bring, from, to } = filter;
  return useLiveQuery(
    () => queryEntries({ query, tag, prompt, bring, from, to }, limit),
    [query, tag, prompt, bring, from, to, limit],
  );
}

export function deleteEntry(id: string): Promise<void> {
  return journalRepo.softDelete(id);
}

export async function undoDelete(id: string): Promise<void> {
  await journalRepo.restore(id);
}

/** Entries grouped under their day, keeping newest-first order. */
export function groupByDay(entries: JournalEntry[]): { day: LocalDay; entries: JournalEntry[] }[] {
  const groups: { day: LocalDay; entries: JournalEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last?.day === entry.day) last.entries.push(entry);
    else groups.push({ day: entry.day, entries: [entry] });
  }
  return groups;
}

/** The first non-empty line of a text. */
export function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
