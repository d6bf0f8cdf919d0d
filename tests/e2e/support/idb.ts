import type { Page } from 'playwright-core';

/** Every row of one object store of Between's database, read with raw IndexedDB in the page. */
export function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('between');
        open.onerror = () => reject(new Error('could not open the database'));
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(name)) {
            database.close();
            resolve([]);
            return;
          }
          const request = database.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result as unknown[]);
          };
          request.onerror = () => reject(new Error(`could not read ${name}`));
        };
      }),
    store,
  );
}
