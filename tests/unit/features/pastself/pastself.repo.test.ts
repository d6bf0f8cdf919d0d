import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSealed, lettersRepo } from '../../../../src/features/pastself/pastself.repo';
import { resetDb } from '../../../fixtures/db';

describe('lettersRepo', () => {
  beforeEach(resetDb);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('validates body and seal', async () => {
    await expect(lettersRepo.add({ body: ' ', day: '2024-05-01' })).rejects.toMatchObject({ field: 'body' });
    await expect(
      lettersRepo.add({ body: 'Dear me', day: '2024-05-01', sealedUntil: { kind: 'session', number: 0 } }),
    ).rejects.toMatchObject({ field: 'sealedUntil.number' });
    await expect(
      lettersRepo.add({ body: 'Dear me', day: '2024-05-01', sealedUntil: { kind: 'date', day: 'someday' } }),
    ).rejects.toMatchObject({ field: 'sealedUntil.day' });
    expect(await lettersRepo.listAll()).toEqual([]);
  });

  it('lists newest first', async () => {
    await lettersRepo.add({ body: 'old', day: '2024-01-01' });
    await lettersRepo.add({ body: 'new', day: '2024-05-01' });
    expect((await lettersRepo.listNewestFirst()).map((l) => l.body)).toEqual(['new', 'old']);
  });

  it('deleting a letter hides it everywhere it is listed; restore brings it back as it was', async () => {
    const kept = await lettersRepo.add({ body: 'kept', day: '2024-01-01' });
    const sealed = await lettersRepo.add({ body: 'sealed', day: '2024-05-01', sealedUntil: { kind: 'session', number: 10 } });
    await lettersRepo.softDelete(sealed.id);
    expect((await lettersRepo.listNewestFirst()).map((l) => l.body)).toEqual(['kept']);
    expect(await lettersRepo.listUnopenedSealed()).toEqual([]);
    expect(await lettersRepo.get(sealed.id)).toBeUndefined();
    await expect(lettersRepo.markOpened(sealed.id)).rejects.toThrow();

    const back = await lettersRepo.restore(sealed.id);
    expect(back).toMatchObject({ body: 'sealed', sealedUntil: { kind: 'session', number: 10 } });
    expect(back.deletedAt).toBeUndefined();
    expect((await lettersRepo.listNewestFirst()).map((l) => l.id)).toEqual([sealed.id, kept.id]);
    expect((await lettersRepo.listUnopenedSealed()).map((l) => l.id)).toEqual([sealed.id]);
    await expect(lettersRepo.softDelete('missing')).rejects.toThrow();
  });

  it('markOpened keeps the first opening time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-01T10:00:00.000Z'));
    const l = await lettersRepo.add({ body: 'Dear me', day: '2024-05-01' });
    const opened = await lettersRepo.markOpened(l.id);
    expect(opened.openedAt).toBe('2024-05-01T10:00:00.000Z');
    vi.setSystemTime(new Date('2024-06-01T10:00:00.000Z'));
    expect((await lettersRepo.markOpened(l.id)).openedAt).toBe('2024-05-01T10:00:00.000Z');
  });

  it('isSealed honours session and date seals', async () => {
    const bySession = await lettersRepo.add({ body: 'x', day: '2024-05-01', sealedUntil: { kind: 'session', number: 10 } });
    const byDate = await lettersRepo.add({ body: 'y', day: '2024-05-01', sealedUntil: { kind: 'date', day: '2024-12-01' } });
    const open = await lettersRepo.add({ body: 'z', day: '2024-05-01' });
    expect(isSealed(bySession, { sessionsSoFar: 9, today: '2025-01-01' })).toBe(true);
    expect(isSealed(bySession, { sessionsSoFar: 10, today: '2024-05-02' })).toBe(false);
    expect(isSealed(byDate, { sessionsSoFar: 0, today: '2024-11-30' })).toBe(true);
    expect(isSealed(byDate, { sessionsSoFar: 0, today: '2024-12-01' })).toBe(false);
    expect(isSealed(open, { sessionsSoFar: 0, today: '2024-05-01' })).toBe(false);
  });
});
