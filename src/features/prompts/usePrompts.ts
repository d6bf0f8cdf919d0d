import { useLiveQuery } from 'dexie-react-hooks';
import type { Prompt } from '../../db';
import { promptsRepo } from './prompts.repo';

const noIds = new Set<string>();

export function useFavouriteIds(): Set<string> {
  return useLiveQuery(() => promptsRepo.favouriteIds(), [], noIds);
}

export function useOwnPrompts(): Prompt[] | undefined {
  return useLiveQuery(() => promptsRepo.listOwn(), []);
}

/** undefined while loading. */
export function usePromptOfDayOffset(): number | undefined {
  return useLiveQuery(() => promptsRepo.promptOfDayOffset(), []);
}

/** A stored prompt (own, or a favourited built-in); null when missing; undefined while loading. */
export function useStoredPrompt(id: string | undefined): Prompt | null | undefined {
  return useLiveQuery(async () => (id ? ((await promptsRepo.get(id)) ?? null) : null), [id]);
}
