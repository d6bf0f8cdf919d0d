/**
 * Errors the data layer throws on purpose. UI code maps `messageKey` to a kind,
 * translated sentence ("That date is in the future — pick today or earlier.").
 */
export type ValidationMessageKey =
  | 'validation.required'
  | 'validation.outOfRange'
  | 'validation.invalidDay'
  | 'validation.invalidTime'
  | 'validation.invalidTimestamp'
  | 'validation.invalidValue'
  | 'validation.duplicate';

/** Input rejected at a repo boundary; nothing was written. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    /** The input field at fault, e.g. 'body' or 'schedule.times'. */
    readonly field: string,
    readonly messageKey: ValidationMessageKey,
    /** Values the translated message may show, e.g. { min: 0, max: 10 }. */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${field}: ${messageKey}`);
  }
}

/**
 * The record does not exist or was deleted (possibly in another tab).
 * Not "NotFoundError": Dexie rewrites errors named like IndexedDB DOM errors.
 */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table}/${id} not found`);
  }
}
