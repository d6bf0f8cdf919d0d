import { onVersionChange } from '../db';
import { flushAll } from './flush';
import { reloadNeeded } from './register';

/**
 * Another tab opened a newer version of the database. Save what is pending on
 * this connection first, then close it and ask the person to reload — never a
 * blank screen, never a silent reload.
 */
export function watchOtherTabs(): void {
  onVersionChange(() => reloadNeeded.set(true), flushAll);
}
