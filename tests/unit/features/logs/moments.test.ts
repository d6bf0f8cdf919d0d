import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logsRepo } from '../../../../src/features/logs/logs.repo';
import { loadMoments, momentActions, sinceLastSession } from '../../../../src/features/logs/useMoments';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { resetDb } from '../../../fixtures/db';

describe('successes & surprises since the last session', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T09:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('falls back to the last 7 days without sessions, then uses the latest past session', async () => {
    expect(await sinceLastSession()).toEqual({ day: '2026-11-23', fromSession: false });
    await momentActions.add({ kind: 'success', text: 'Old win', detail: '', day: '2026-11-10' });
    await momentActions.add({ kind: 'surprise', text: 'Calmer than expected', detail: '', day: '2026-11-24' });
    await momentActions.add({ kind: 'success', text: 'Said no kindly', detail: 'to my boss', day: '2026-11-29' });
    expect((await loadMoments('all', { kind: 'since' })).items.map((i) => i.text)).toEqual(['Said no kindly', 'Calmer than expected']);

    await sessionsRepo.add({ startsAt: '2026-11-05T15:00:00Z', day: '2026-11-05' });
    await sessionsRepo.add({ startsAt: '2026-12-03T15:00:00Z', day: '2026-12-03' }); // still ahead: ignored
    const since = await loadMoments('success', { kind: 'since' });
    expect(since.since).toEqual({ day: '2026-11-05', fromSession: true });
    expect(since.items.map((i) => i.text)).toEqual(['Said no kindly', 'Old win']);
    expect((await loadMoments('surprise', { kind: 'all', limit: 10 })).items.map((i) => i.text)).toEqual(['Calmer than expected']);
  });

  it('keeps an earlier day at its midday and refuses days ahead', async () => {
    const row = await momentActions.add({ kind: 'success', text: 'Walked', detail: '', day: '2026-11-20' });
    expect(row.occurredAt).toBe('2026-11-20T12:00:00.000Z');
    await expect(momentActions.add({ kind: 'success', text: 'Later', detail: '', day: '2026-11-30' })).rejects.toMatchObject({ field: 'day' });
    expect(await logsRepo.listAll()).toHaveLength(1);
  });
});
