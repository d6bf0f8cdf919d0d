// Anything holding unsaved words (an editor's pending autosave) registers a flusher
// here. Before the app reloads for any reason, every flusher runs first.
type Flusher = () => Promise<void> | void;

const flushers = new Set<Flusher>();

export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => flushers.delete(flusher);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map(async (flush) => flush()));
}

/** Save what is pending, then reload. */
export async function safeReload(): Promise<void> {
  await flushAll();
  window.location.reload();
}
