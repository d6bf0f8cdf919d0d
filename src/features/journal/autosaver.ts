export type SaveStatus = 'idle' | 'pending' | 'saved' | 'draft' | 'error';

export const AUTOSAVE_DELAY_MS = 500;
export const RETRY_MS = 2000;

/**
 * Debounced, ordered saving: a burst of changes is written `delayMs` after it
 * stops, or at once on flush(). Saves run one after another, so an older value
 * never lands after a newer one; a save that throws is retried, never dropped.
 */
export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private save: (value: T) => Promise<'saved' | 'draft'>,
    private onStatus: (status: SaveStatus) => void,
    private delayMs: number = AUTOSAVE_DELAY_MS,
  ) {}

  setSave(save: (value: T) => Promise<'saved' | 'draft'>): void {
    this.save = save;
  }

  schedule(value: T): void {
    this.pending = { value };
    this.onStatus('pending');
    this.arm(this.delayMs);
  }

  /** Write whatever is pending now; resolves when every save so far has settled. */
  flush = (): Promise<void> => {
    clearTimeout(this.timer);
    const next = this.pending;
    if (next) {
      this.pending = null;
      this.chain = this.chain.then(() => this.run(next));
    }
    return this.chain;
  };

  private async run(next: { value: T }): Promise<void> {
    try {
      const result = await this.save(next.value);
      if (!this.pending) this.onStatus(result);
    } catch {
      // Keep the words queued (unless newer ones arrived) and try again shortly.
      this.pending ??= next;
      this.onStatus('error');
      this.arm(RETRY_MS);
    }
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}
