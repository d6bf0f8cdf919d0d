import { useLiveQuery } from 'dexie-react-hooks';
import { getDraft, updateDraft } from '../drafts/drafts.repo';
import { mergeIntoDraft, type SharedText } from './sharedText';

/** The draft of a new journal entry; the editor and the share target both use it. */
export const NEW_ENTRY_DRAFT_KEY = 'journal:new';

function asSharedText(payload: unknown): SharedText | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const { title, body } = payload as Record<string, unknown>;
  return { title: typeof title === 'string' ? title : '', body: typeof body === 'string' ? body : '' };
}

export function useNewEntryDraft(): SharedText | undefined {
  return useLiveQuery(async () => asSharedText((await getDraft(NEW_ENTRY_DRAFT_KEY))?.payload));
}

/** Add shared text to the new-entry draft in one transaction, keeping what was there. */
export async function keepSharedText(shared: SharedText): Promise<void> {
  await updateDraft(NEW_ENTRY_DRAFT_KEY, 'journal', (payload) => ({
    ...mergeIntoDraft(asSharedText(payload), shared),
  }));
}
