import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonObject } from '../../db';
import { deleteDraft, getDraft, saveDraft } from '../drafts/drafts.repo';
import { useAutosave, type SaveStatus } from '../journal/useAutosave';

export interface DraftState<T> {
  /** undefined while the draft (or the starting value) loads. */
  value: T | undefined;
  /** Whether the value came from a saved draft (half-done work). */
  resumed: boolean;
  change: (patch: Partial<T>) => void;
  /** Writes any pending change at once (before leaving the screen). */
  flush: () => Promise<void>;
  /** After the work was kept for real: the draft is no longer needed. */
  discard: () => Promise<void>;
  /** Discards the draft and starts over from `next` (e.g. an empty form after saving). */
  reset: (next: T) => Promise<void>;
  status: SaveStatus;
}

/**
 * Form state that autosaves to the drafts table half a second after each
 * change (and at once on hide, reload or app update, via registerFlusher in
 * useAutosave), so half-done work is never lost. `start` gives the value when
 * there is no draft; `read` turns a stored payload back into a value.
 */
export function useDraftState<T extends JsonObject>(
  key: string,
  kind: string,
  start: () => Promise<T>,
  read: (payload: JsonObject, fallback: T) => T,
): DraftState<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [resumed, setResumed] = useState(false);
  const discarded = useRef(false);
  const current = useRef<T | undefined>(undefined);
  const startRef = useRef(start);
  const readRef = useRef(read);
  const { schedule, flush, status } = useAutosave<T>(async (v) => {
    if (discarded.current) return 'saved';
    await saveDraft(key, kind, v);
    return 'draft';
  });

  useEffect(() => {
    let live = true;
    void (async () => {
      const [draft, fallback] = await Promise.all([getDraft(key), startRef.current()]);
      if (!live) return;
      current.current = draft ? readRef.current(draft.payload, fallback) : fallback;
      setResumed(draft !== undefined);
      setValue(current.current);
    })();
    return () => {
      live = false;
    };
  }, [key]);

  const change = useCallback(
    (patch: Partial<T>) => {
      const old = current.current;
      if (old === undefined) return;
      const next = { ...old, ...patch };
      current.current = next;
      discarded.current = false;
      setValue(next);
      schedule(next);
    },
    [schedule],
  );

  const discard = useCallback(async () => {
    discarded.current = true;
    await flush();
    await deleteDraft(key);
  }, [flush, key]);

  const reset = useCallback(
    async (next: T) => {
      await discard();
      current.current = next;
      setResumed(false);
      setValue(next);
    },
    [discard],
  );

  return { value, resumed, change, flush, discard, reset, status };
}
