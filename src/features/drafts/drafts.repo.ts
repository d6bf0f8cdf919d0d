import { db } from '../../db';
import type { Draft, JsonObject } from '../../db';
import { nowIso } from '../../lib/ids';
import { requireText } from '../../lib/validate';

/**
 * Autosave for every editor. Drafts are local-only scratch state (never synced),
 * so they are overwritten in place and hard-deleted.
 */
export async function saveDraft(key: string, kind: string, payload: JsonObject): Promise<Draft> {
  requireText('key', key);
  requireText('kind', kind);
  const draft: Draft = { key, kind, payload, updatedAt: nowIso() };
  await db.drafts.put(draft);
  return draft;
}

/**
 * Read-modify-write a draft in one transaction, so two quick writers (e.g. a
 * share arriving while the editor autosaves) never drop each other's words.
 */
export function updateDraft(
  key: string,
  kind: string,
  change: (payload: JsonObject | undefined) => JsonObject,
): Promise<Draft> {
  return db.transaction('rw', db.drafts, async () => {
    const existing = await db.drafts.get(key);
    return saveDraft(key, kind, change(existing?.payload));
  });
}

export function getDraft(key: string): Promise<Draft | undefined> {
  return db.drafts.get(key);
}

export async function deleteDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** Most recently saved first; optionally only one kind (e.g. 'journal'). */
export async function listDrafts(kind?: string): Promise<Draft[]> {
  const rows = kind === undefined ? await db.drafts.toArray() : await db.drafts.where('kind').equals(kind).toArray();
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export const draftsRepo = { saveDraft, updateDraft, getDraft, deleteDraft, listDrafts };
