/** Stable, sync-friendly ids for every record. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current moment as an ISO-8601 UTC timestamp (what createdAt/updatedAt hold). */
export function nowIso(): string {
  return new Date().toISOString();
}
