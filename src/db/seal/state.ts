/**
 * Encryption at rest: what the data layer needs to know, synchronously, on every
 * read and write. The lock feature sets it; the middleware (./middleware.ts) reads it.
 *
 * - 'off': nothing is sealed; rows are stored as they are.
 * - 'turningOn' / 'on': content fields are sealed on write.
 * - 'turningOff': rows are written in the clear again while a pass opens the rest.
 * The data key lives only here, in memory, and only while unlocked.
 */
export type SealStatus = 'off' | 'on' | 'turningOn' | 'turningOff';

/** Authenticated encryption of one record's content, bound to its table and id. */
export interface RecordCipher {
  seal(plain: Uint8Array, aad: Uint8Array): Uint8Array;
  /** Throws when the bytes were changed or belong to another record. */
  open(sealed: Uint8Array, aad: Uint8Array): Uint8Array;
  /** Overwrite the key bytes this cipher holds (on lock). */
  forget(): void;
}

let status: SealStatus = 'off';
let cipher: RecordCipher | undefined;

export const sealState = {
  get status(): SealStatus {
    return status;
  },
  /** The key is in memory (or nothing is locked). */
  get unlocked(): boolean {
    return status === 'off' || cipher !== undefined;
  },
  get cipher(): RecordCipher | undefined {
    return cipher;
  },
  setStatus(next: SealStatus): void {
    status = next;
  },
  /** Hand the data key's cipher over after unlocking; undefined forgets it. */
  setCipher(next: RecordCipher | undefined): void {
    if (cipher && cipher !== next) cipher.forget();
    cipher = next;
  },
};

/** New and changed rows are sealed. */
export function sealsWrites(): boolean {
  return status === 'on' || status === 'turningOn';
}

/**
 * Indexes over text (journal words, tags) are complete only when nothing is
 * sealed; otherwise callers search the opened rows in memory instead.
 */
export function textIndexesUsable(): boolean {
  return status === 'off';
}

/** A write of someone's words while the app is locked (nothing was written). */
export class LockedError extends Error {
  constructor() {
    super('Between is locked: unlock it to save this.');
    this.name = 'LockedError';
  }
}
