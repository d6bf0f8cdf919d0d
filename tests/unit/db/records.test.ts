import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db';
import type { Pattern } from '../../../src/db';
import { applyPatch, createRecordRepo } from '../../../src/db/records';
import { RecordNotFoundError, ValidationError } from '../../../src/lib/errors';
import { requireText } from '../../../src/lib/validate';
import { resetDb } from '../../fixtures/db';

const repo = createRecordRepo(db.patterns, {
  prepare: (p: Pattern) => {
    requireText('name', p.name);
    return { ...p, name: p.name.trim() };
  },
});

describe('createRecordRepo', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-01T10:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('add fills id and timestamps and runs prepare', async () => {
    const row = await repo.add({ name: '  Perfectionism ', description: 'All or nothing' });
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row).toEqual({
      id: row.id,
      createdAt: '2024-05-01T10:00:00.000Z',
      updatedAt: '2024-05-01T10:00:00.000Z',
      name: 'Perfectionism',
      description: 'All or nothing',
    });
    expect(await db.patterns.get(row.id)).toEqual(row);
  });

  it('rejects invalid input with a ValidationError and writes nothing', async () => {
    const err = await repo.add({ name: '   ', description: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({ field: 'name', messageKey: 'validation.required' });
    expect(await db.patterns.count()).toBe(0);
  });

  it('update merges the patch, keeps createdAt and bumps updatedAt', async () => {
    const row = await repo.add({ name: 'A', description: 'first' });
    vi.setSystemTime(new Date('2024-05-02T08:00:00.000Z'));
    const updated = await repo.update(row.id, { description: 'second' });
    expect(updated).toEqual({ ...row, description: 'second', updatedAt: '2024-05-02T08:00:00.000Z' });
    expect(await repo.get(row.id)).toEqual(updated);
  });

  it('update with an invalid patch leaves the stored row unchanged', async () => {
    const row = await repo.add({ name: 'A', description: 'first' });
    await expect(repo.update(row.id, { name: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(await repo.get(row.id)).toEqual(row);
  });

  it('soft delete hides the row from get and listAll but keeps it for sync', async () => {
    const a = await repo.add({ name: 'A', description: '' });
    const b = await repo.add({ name: 'B', description: '' });
    vi.setSystemTime(new Date('2024-05-03T00:00:00.000Z'));
    await repo.softDelete(a.id);
    expect(await repo.get(a.id)).toBeUndefined();
    expect(await repo.listAll()).toEqual([b]);
    expect(await db.patterns.get(a.id)).toMatchObject({
      deletedAt: '2024-05-03T00:00:00.000Z',
      updatedAt: '2024-05-03T00:00:00.000Z',
    });
  });

  it('update refuses deleted and missing rows', async () => {
    const a = await repo.add({ name: 'A', description: '' });
    await repo.softDelete(a.id);
    await expect(repo.update(a.id, { name: 'B' })).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(repo.update('nope', { name: 'B' })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await db.patterns.get(a.id))?.name).toBe('A');
  });

  it('restore brings a row back without a deletedAt field', async () => {
    const a = await repo.add({ name: 'A', description: '' });
    await repo.softDelete(a.id);
    vi.setSystemTime(new Date('2024-05-04T00:00:00.000Z'));
    const restored = await repo.restore(a.id);
    expect(restored).toEqual({ ...a, updatedAt: '2024-05-04T00:00:00.000Z' });
    expect('deletedAt' in ((await db.patterns.get(a.id)) ?? {})).toBe(false);
    expect(await repo.listAll()).toEqual([restored]);
  });

  it('softDelete of a missing id throws RecordNotFoundError', async () => {
    await expect(repo.softDelete('missing')).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('applyPatch', () => {
  it('removes keys whose patch value is undefined', () => {
    const out = applyPatch<{ a: number; b?: string }>({ a: 1, b: 'x' }, { b: undefined });
    expect(out).toEqual({ a: 1 });
    expect('b' in out).toBe(false);
  });
});
