import { beforeEach, describe, expect, it } from 'vitest';
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
});
