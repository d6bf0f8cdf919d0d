import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import { sessionsRepo, sinceLastSession } from '../../../../src/features/sessions/sessions.repo';
import { resetDb } from '../../../fixtures/db';

describe('sessions: since last session, numbering, bad input', () => {
  beforeEach(resetDb);

  it('"since my last session" starts on the day of the latest session that has started', async () => {
    expect(await sinceLastSession(new Date('2024-05-20T12:00:00Z'))).toEqual({});
    await sessionsRepo.add({ startsAt: '2024-05-08T09:00:00Z', day: '2024-05-08' });
    const s2 = await sessionsRepo.add({ startsAt: '2024-05-15T09:00:00Z', day: '2024-05-15' });
    await sessionsRepo.add({ startsAt: '2024-05-22T09:00:00Z', day: '2024-05-22' });
    // Before session 2 starts, the window still begins at session 1.
    expect((await sinceLastSession(new Date('2024-05-15T08:59:59Z'))).sinceDay).toBe('2024-05-08');
    const at = await sinceLastSession(new Date('2024-05-15T09:00:01Z'));
    expect(at.sinceDay).toBe('2024-05-15');
    expect(at.session?.id).toBe(s2.id);
    // A deleted session no longer counts.
    await sessionsRepo.softDelete(s2.id);
    expect((await sinceLastSession(new Date('2024-05-20T00:00:00Z'))).sinceDay).toBe('2024-05-08');
    expect(await sessionsRepo.countPast(new Date('2024-05-23T00:00:00Z'))).toBe(2);
  });

  it('uses the local day across a DST change (Europe/London)', async () => {
    // 00:30 local on 31 March 2024 (GMT) and on 1 April (BST, = 23:30Z the day before).
    await sessionsRepo.add({ startsAt: '2024-03-31T23:30:00Z', day: '2024-04-01' });
    expect((await sinceLastSession(new Date('2024-04-01T08:00:00Z'))).sinceDay).toBe('2024-04-01');
  });

  it('renumbers after backdating a session', async () => {
    const a = await sessionsRepo.add({ startsAt: '2024-05-08T09:00:00Z', day: '2024-05-08' });
    const b = await sessionsRepo.add({ startsAt: '2024-05-15T09:00:00Z', day: '2024-05-15' });
    const late = await sessionsRepo.add({ startsAt: '2024-04-01T09:00:00Z', day: '2024-04-01' });
    expect((await sessionsRepo.listNumbered()).map((s) => [s.id, s.number])).toEqual([
      [late.id, 1],
      [a.id, 2],
      [b.id, 3],
    ]);
    await sessionsRepo.update(b.id, { startsAt: '2024-03-01T09:00:00Z', day: '2024-03-01' });
    expect((await sessionsRepo.listNumbered()).map((s) => s.id)).toEqual([b.id, late.id, a.id]);
  });

  it('refuses a session more than a year ahead and stores nothing', async () => {
    const farAhead = new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString();
    await expect(sessionsRepo.add({ startsAt: farAhead, day: farAhead.slice(0, 10) })).rejects.toMatchObject({
      field: 'startsAt',
      params: { reason: 'farFuture' },
    });
    expect(await db.sessions.count()).toBe(0);
    const soon = new Date(Date.now() + 300 * 24 * 3600 * 1000).toISOString();
    await expect(sessionsRepo.add({ startsAt: soon, day: soon.slice(0, 10) })).resolves.toBeTruthy();
  });

  it('trims optional text and drops it when blank', async () => {
    const s = await sessionsRepo.add({ startsAt: '2024-05-08T09:00:00Z', day: '2024-05-08', note: '  ', bringUp: ' sleep ' });
    expect(s.note).toBeUndefined();
    expect(s.bringUp).toBe('sleep');
  });
});
