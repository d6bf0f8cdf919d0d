import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, db, onVersionChange as onSharedVersionChange } from '../../../src/db';
import { schemaHistory } from '../../../src/db/schema';
import { onVersionChange } from '../../../src/db/versionChange';

const latest = schemaHistory[schemaHistory.length - 1]?.version ?? 0;
const others: Dexie[] = [];

/** What a newer release of the app, open in another tab, would do. */
function newerRelease(name: string): Dexie {
  const d = new Dexie(name);
  for (const v of schemaHistory) d.version(v.version).stores(v.stores);
  d.version(latest + 1).stores({ futureTable: 'id' });
  others.push(d);
  return d;
}

afterEach(() => {
  for (const d of others.splice(0)) d.close();
});

describe('onVersionChange', () => {
  it('closes this connection and tells the UI when another tab upgrades', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie's own notice
    const mine = createDb('vc-upgrade');
    await mine.journalEntries.count(); // opens
    const cb = vi.fn();
    onVersionChange(mine, cb);

    const other = newerRelease('vc-upgrade');
    await other.open(); // would hang (blocked) if `mine` stayed open

    expect(cb).toHaveBeenCalledExactlyOnceWith({ reason: 'upgrade' });
    expect(other.verno).toBe(latest + 1);
    expect(mine.isOpen()).toBe(false);
    // Stays closed: old code must not keep writing into the new schema.
    await expect(mine.journalEntries.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('reports a delete from another tab', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mine = createDb('vc-delete');
    await mine.open();
    const cb = vi.fn();
    onVersionChange(mine, cb);
    await Dexie.delete('vc-delete');
    expect(cb).toHaveBeenCalledExactlyOnceWith({ reason: 'delete' });
  });

  it('tells every registered listener', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mine = createDb('vc-many');
    await mine.open();
    const first = vi.fn();
    const second = vi.fn();
    onVersionChange(mine, first);
    onVersionChange(mine, second);
    await newerRelease('vc-many').open();
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
  });

  it('runs beforeClose first, while it can still write (e.g. a pending draft)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mine = createDb('vc-flush');
    await mine.open();
    const order: string[] = [];
    onVersionChange(
      mine,
      () => order.push('cb'),
      async () => {
        order.push('flush');
        await mine.drafts.put({ key: 'journal:new', kind: 'journal', payload: { body: 'last words' }, updatedAt: '2024-05-01T10:00:00.000Z' });
      },
    );
    const other = newerRelease('vc-flush');
    await other.open();
    expect(order).toEqual(['flush', 'cb']);
    expect(await other.table('drafts').get('journal:new')).toMatchObject({ payload: { body: 'last words' } });
  });

  it('closes anyway when a flusher fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mine = createDb('vc-flush-fail');
    await mine.open();
    const cb = vi.fn();
    onVersionChange(mine, cb, () => Promise.reject(new Error('nope')));
    await newerRelease('vc-flush-fail').open();
    expect(cb).toHaveBeenCalledOnce();
    expect(mine.isOpen()).toBe(false);
  });

  it('stops calling back after unsubscribe', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mine = createDb('vc-unsub');
    await mine.open();
    const cb = vi.fn();
    const off = onVersionChange(mine, cb);
    off();
    await newerRelease('vc-unsub').open();
    expect(cb).not.toHaveBeenCalled();
  });

  it('the shared db helper registers on the app connection', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.open();
    const cb = vi.fn();
    onSharedVersionChange(cb);
    await newerRelease(db.name).open();
    expect(cb).toHaveBeenCalledExactlyOnceWith({ reason: 'upgrade' });
    expect(db.isOpen()).toBe(false);
  });
});
