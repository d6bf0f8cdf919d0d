import { useLiveQuery } from 'dexie-react-hooks';
import { countsByTable } from './storage.repo';
import type { TableCounts } from './storage.repo';

/** Live non-deleted row counts per table; undefined while loading. */
export function useCounts(): TableCounts | undefined {
  return useLiveQuery(countsByTable, []);
}
