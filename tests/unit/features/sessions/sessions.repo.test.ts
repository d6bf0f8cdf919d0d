import { beforeEach, describe, expect, it } from 'vitest';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { resetDb } from '../../../fixtures/db';

describe('sessionsRepo', () => {
  beforeEach(resetDb);

  async function seed() {
    const s1 = await sessionsRepo.add({ startsAt: '2024-05-01T09:00:00+01:00', day: '2024-05-01' });
    const s3 = await sessionsRepo.add({ startsAt: '2024-05-15T09:00:00.000Z', day: '2024-05-15' });
    const s2 = await sessionsRepo.add({ startsAt: '2024-05-08T09:00:00.000Z', day: '2024-05-08', note: 'Talked about sleep' });
    const s4 = await sessionsRepo.add({ startsAt: '2024-05-22T09:00:00.000Z', day: '2024-05-22' });
    return { s1, s2, s3, s4 };
  }

  it('stores startsAt as ISO UTC and rejects bad input', async () => {
    const { s1 } = await seed();
    expect(s1.startsAt).toBe('2024-05-01T08:00:00.000Z');
    await expect(sessionsRepo.add({ startsAt: 'next tuesday', day: '2024-05-01' })).rejects.toMatchObject({ field: 'startsAt' });
    await expect(sessionsRepo.add({ startsAt: '2024-05-01T09:00:00Z', day: '1 May' })).rejects.toMatchObject({ field: 'day' });
  });

  it('listPast is most recent first; next is the first upcoming', async () => {
    const { s1, s2, s3 } = await seed();
    const now = new Date('2024-05-15T09:00:00.000Z');
    expect((await sessionsRepo.listPast(now)).map((s) => s.id)).toEqual([s2.id, s1.id]);
    expect((await sessionsRepo.next(now))?.id).toBe(s3.id);
    expect(await sessionsRepo.next(new Date('2025-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('numbers sessions 1-based in start order, not counting deleted ones', async () => {
    const { s1, s2, s3, s4 } = await seed();
    expect((await sessionsRepo.listNumbered()).map((s) => [s.id, s.number])).toEqual([
      [s1.id, 1],
      [s2.id, 2],
      [s3.id, 3],
      [s4.id, 4],
    ]);
    await sessionsRepo.softDelete(s2.id);
    expect((await sessionsRepo.listNumbered()).map((s) => [s.id, s.number])).toEqual([
      [s1.id, 1],
      [s3.id, 2],
      [s4.id, 3],
    ]);
    expect((await sessionsRepo.listPast(new Date('2024-05-10T00:00:00Z'))).map((s) => s.id)).toEqual([s1.id]);
    expect((await sessionsRepo.next(new Date('2024-05-02T00:00:00Z')))?.id).toBe(s3.id);
  });

  it('listStartingBetween reads `from < startsAt <= to` in start order, without deleted sessions', async () => {
    const { s2, s3, s4 } = await seed();
    const between = async (from: string, to: string) => (await sessionsRepo.listStartingBetween(new Date(from), new Date(to))).map((s) => s.id);
    expect(await between('2024-05-08T09:00:00Z', '2024-05-22T09:00:00Z')).toEqual([s3.id, s4.id]);
    expect(await between('2024-05-08T08:59:59Z', '2024-05-15T08:59:59Z')).toEqual([s2.id]);
    expect(await between('2024-05-22T09:00:00Z', '2024-05-08T09:00:00Z')).toEqual([]);
    await sessionsRepo.softDelete(s3.id);
    expect(await between('2024-05-01T00:00:00Z', '2024-06-01T00:00:00Z')).toHaveLength(3);
    expect(await between('2024-05-14T00:00:00Z', '2024-05-16T00:00:00Z')).toEqual([]);
  });
});
