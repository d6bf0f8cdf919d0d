import { useEffect, useState } from 'react';
import { registerFlusher } from '../../pwa/flush';
import { Autosaver, type SaveStatus } from './autosaver';

export type { SaveStatus };

/**
 * Autosave for an editor: debounced while typing, and written at once when
 * the page is hidden or closed, before an app update, and when the editor unmounts.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<'saved' | 'draft'>,
  delayMs?: number,
): { schedule: (value: T) => void; flush: () => Promise<void>; status: SaveStatus } {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [saver] = useState(() => new Autosaver<T>(save, setStatus, delayMs));

  useEffect(() => {
    saver.setSave(save);
  }, [saver, save]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => void saver.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerFlusher(saver.flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      void saver.flush();
    };
  }, [saver]);

  return { schedule: (value: T) => saver.schedule(value), flush: saver.flush, status };
}
