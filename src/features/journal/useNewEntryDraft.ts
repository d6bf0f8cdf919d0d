import { updateDraft } from '../drafts/drafts.repo';
import { mergeIntoDraft, type SharedText } from './sharedText';

/** The draft of a new journal entry; the editor and the share target both use it. */
export const NEW_ENTRY_DRAFT_KEY = 'journal:new';

function asSharedText(payload: unknown): SharedText | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const { title, body } = payload as Record<string, unknown>;
  return { title: typeof title === 'string' ? title : '', body: typeof body === 'string' ? body : '' };
}

/**
 * Add shared text to the new-entry draft in one transaction, keeping what was
 * there (tags, day, prompt). If the draft only pointed at an entry already
 * written, the share starts a new page instead of changing that entry.
 */
export async function keepSharedText(shared: SharedText): Promise<void> {
  await updateDraft(NEW_ENTRY_DRAFT_KEY, 'journal', (payload) => {
    const current = payload && !('entryId' in payload) ? payload : undefined;
    return { ...current, ...mergeIntoDraft(asSharedText(current), shared) };
  });
}
