import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonObject } from '../../db';
import { registerFlusher } from '../../pwa/flush';
import { deleteDraft, getDraft, saveDraft } from '../drafts/drafts.repo';

/**
 * Keeps a form's unsaved words as a draft: saved shortly after typing stops and
 * before any reload (flusher), offered again when the form reopens.
 * `loaded` is false until the stored draft (or its absence) is known.
 */
export function useFormDraft<T extends JsonObject>(key: string, kind: string) {
  const [state, setState] = useState<{ loaded: boolean; saved: T | undefined }>({ loaded: false, saved: undefined });
  const pending = useRef<T | null>(null);

  useEffect(() => {
    let live = true;
    void getDraft(key).then((d) => {
      if (live) setState({ loaded: true, saved: d?.payload as T | undefined });
    });
    return () => {
      live = false;
    };
  }, [key]);

  const flush = useCallback(async () => {
    const value = pending.current;
    pending.current = null;
    if (value) await saveDraft(key, kind, value);
  }, [key, kind]);

  useEffect(() => registerFlusher(flush), [flush]);

  const timer = useRef<number | undefined>(undefined);
  const keep = useCallback(
    (value: T) => {
      pending.current = value;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), 500);
    },
    [flush],
  );

  const clear = useCallback(async () => {
    window.clearTimeout(timer.current);
    pending.current = null;
    await deleteDraft(key);
  }, [key]);

  return { loaded: state.loaded, saved: state.saved, keep, clear };
}
