import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { todayLocal } from '../../lib/days';
import { journalRepo } from './journal.repo';
import {
  closeNewEntry,
  discardEmptyNewDraft,
  loadEntry,
  loadNewEntry,
  saveEntryValue,
  startNewEntry,
  type LoadedEntry,
} from './journalEditor.repo';
import { readSharedText } from './sharedText';
import { keepSharedText } from './useNewEntryDraft';

export { closeNewEntry, discardEmptyNewDraft, saveEntryValue as saveEntry };

export function softDeleteEntry(id: string): Promise<void> {
  return journalRepo.softDelete(id);
}

/** Tags already used, for suggestions. */
export function useAllTags(): string[] | undefined {
  return useLiveQuery(() => journalRepo.allTags(), []);
}

/**
 * The editor's starting point, read once (the editor owns the text after that).
 * null = the entry does not exist (or was deleted).
 */
export function useLoadedEntry(id: string | undefined): LoadedEntry | null | undefined {
  const [loaded, setLoaded] = useState<{ id: string | undefined; entry: LoadedEntry | null }>();
  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    void loadEntry(id, todayLocal()).then((entry) => {
      if (live) setLoaded({ id, entry: entry ?? null });
    });
    return () => {
      live = false;
    };
  }, [id]);
  return loaded !== undefined && loaded.id === id ? loaded.entry : undefined;
}

// One preparation per address at a time (React's development double-run must not share twice).
let preparing: { search: string; done: Promise<LoadedEntry> } | undefined;

async function prepareNewEntry(search: string, cleanAddress: () => void): Promise<LoadedEntry> {
  const today = todayLocal();
  const params = new URLSearchParams(search);
  const shared = readSharedText(search);
  const start = {
    promptId: params.get('prompt') ?? undefined,
    questionId: params.get('question') ?? undefined,
    day: params.get('day') ?? undefined,
  };
  if (start.promptId || start.questionId || start.day) await startNewEntry(start, today);
  if (shared) await keepSharedText(shared);
  if (search) cleanAddress();
  return loadNewEntry(today);
}

/**
 * For /journal/new: first keep anything shared from another app or asked for
 * in the address (?prompt, ?question, ?day), then clean the address so a
 * reload cannot add it twice, then load the page to write on.
 */
export function useNewEntry(search: string, cleanAddress: () => void): LoadedEntry | undefined {
  const [loaded, setLoaded] = useState<LoadedEntry>();
  useEffect(() => {
    let live = true;
    let current = preparing;
    if (current?.search !== search) {
      const mine = { search, done: prepareNewEntry(search, cleanAddress) };
      preparing = current = mine;
      void mine.done.finally(() => {
        if (preparing === mine) preparing = undefined;
      });
    }
    void current.done.then((entry) => {
      if (live) setLoaded(entry);
    });
    return () => {
      live = false;
    };
    // Runs once per visit: the address is cleaned right after it is read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return loaded;
}
