import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import type { PatternLog } from '../../../../src/db';
import type { NewRecord } from '../../../../src/db/records';
import { patternLogsRepo, patternsRepo } from '../../../../src/features/patterns/patterns.repo';
import { resetDb } from '../../../fixtures/db';

function log(patternId: string, day: string, what: string): NewRecord<PatternLog> {
  return { patternId, day, occurredAt: `${day}T12:00:00.000Z`, what, whatIDid: '', tryNext: '' };
}

describe('patternsRepo', () => {
  beforeEach(resetDb);

  it('requires a name and lists patterns alphabetically', async () => {
    await expect(patternsRepo.add({ name: '', description: '' })).rejects.toMatchObject({ field: 'name' });
    await patternsRepo.add({ name: 'The "should" voice', description: '' });
    await patternsRepo.add({ name: 'People-pleasing', description: 'Yes before thinking' });
    expect((await patternsRepo.listByName()).map((p) => p.name)).toEqual(['People-pleasing', 'The "should" voice']);
  });

  it('logs occurrences per pattern with an optional body check', async () => {
    const p = await patternsRepo.add({ name: 'Should', description: '' });
    const q = await patternsRepo.add({ name: 'Other', description: '' });
    await patternLogsRepo.add({ ...log(p.id, '2024-05-01', 'first'), bodyCheck: { areas: ['chest', ' chest '], feeling: 'tight ', intensity: 7 } });
    await patternLogsRepo.add(log(p.id, '2024-05-03', 'second'));
    await patternLogsRepo.add(log(q.id, '2024-05-02', 'other'));
    const gone = await patternLogsRepo.add(log(p.id, '2024-05-04', 'gone'));
    await patternLogsRepo.softDelete(gone.id);

    const logs = await patternLogsRepo.listForPattern(p.id);
    expect(logs.map((l) => l.what)).toEqual(['second', 'first']);
    expect(logs[1]?.bodyCheck).toEqual({ areas: ['chest'], feeling: 'tight', intensity: 7 });
    expect((await patternLogsRepo.listForPattern(p.id, '2024-05-02')).map((l) => l.what)).toEqual(['second']);
    expect((await patternLogsRepo.listSince('2024-05-02')).map((l) => l.what)).toEqual(['second', 'other']);
  });

  it('rejects a body check out of range and an empty "what"', async () => {
    await expect(
      patternLogsRepo.add({ ...log('p', '2024-05-01', 'x'), bodyCheck: { areas: [], feeling: '', intensity: -1 } }),
    ).rejects.toMatchObject({ field: 'bodyCheck.intensity' });
    await expect(patternLogsRepo.add(log('p', '2024-05-01', ' '))).rejects.toMatchObject({ field: 'what' });
    expect(await patternLogsRepo.listAll()).toEqual([]);
  });

  it('renames, refusing an empty name or one another pattern has, and changing nothing then', async () => {
    const p = await patternsRepo.addNamed('Should', 'tells me rest is lazy');
    await patternsRepo.addNamed('Avoidance', '');
    await patternLogsRepo.add(log(p.id, '2024-05-01', 'first'));
    await expect(patternsRepo.rename(p.id, '   ')).rejects.toMatchObject({ field: 'name', messageKey: 'validation.required' });
    await expect(patternsRepo.rename(p.id, ' avoidance ')).rejects.toMatchObject({ field: 'name', messageKey: 'validation.duplicate' });
    expect((await patternsRepo.get(p.id))?.name).toBe('Should');

    // Its own name in other letters is fine; the description and logs stay.
    const renamed = await patternsRepo.rename(p.id, '  The "should" voice ');
    expect(renamed).toMatchObject({ id: p.id, name: 'The "should" voice', description: 'tells me rest is lazy' });
    expect((await patternsRepo.rename(p.id, 'the "SHOULD" voice')).name).toBe('the "SHOULD" voice');
    expect((await patternLogsRepo.listForPattern(p.id)).map((l) => l.what)).toEqual(['first']);
    await expect(patternsRepo.rename('missing', 'Anything')).rejects.toThrow();
  });

  it('deleting a pattern soft-deletes its logs with it; restore brings back exactly those', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-05-05T10:00:00.000Z'));
      const p = await patternsRepo.addNamed('Should', '');
      const q = await patternsRepo.addNamed('Other', '');
      await patternLogsRepo.add(log(p.id, '2024-05-01', 'first'));
      await patternLogsRepo.add(log(p.id, '2024-05-03', 'second'));
      await patternLogsRepo.add(log(q.id, '2024-05-02', 'other'));
      const earlier = await patternLogsRepo.add(log(p.id, '2024-05-04', 'removed on its own'));
      await patternLogsRepo.softDelete(earlier.id);

      vi.setSystemTime(new Date('2024-05-05T11:00:00.000Z'));
      await patternsRepo.softDelete(p.id);
      expect((await patternsRepo.listByName()).map((x) => x.name)).toEqual(['Other']);
      expect(await patternsRepo.get(p.id)).toBeUndefined();
      expect(await patternLogsRepo.listForPattern(p.id)).toEqual([]);
      expect((await patternLogsRepo.listSince('2024-05-01')).map((l) => l.what)).toEqual(['other']);
      // Kept, not erased: every row is still stored.
      expect(await db.patternLogs.count()).toBe(4);
      // Deleting again is harmless.
      await patternsRepo.softDelete(p.id);

      vi.setSystemTime(new Date('2024-05-05T11:00:05.000Z'));
      const back = await patternsRepo.restore(p.id);
      expect(back.deletedAt).toBeUndefined();
      expect((await patternsRepo.listByName()).map((x) => x.name)).toEqual(['Other', 'Should']);
      expect((await patternLogsRepo.listForPattern(p.id)).map((l) => l.what)).toEqual(['second', 'first']);
      expect((await db.patternLogs.get(earlier.id))?.deletedAt).toBeDefined();
      await expect(patternsRepo.softDelete('missing')).rejects.toThrow();
    } finally {
      vi.useRealTimers();
    }
  });
});
