import { beforeEach, describe, expect, it } from 'vitest';
import { checkLetter, startLetter } from '../../../../src/features/pastself/letterDraft';
import { pastSelfNotesRepo } from '../../../../src/features/pastself/notes.repo';
import { lettersRepo } from '../../../../src/features/pastself/pastself.repo';
import { startNewLetter } from '../../../../src/features/pastself/usePastSelf';
import { resetDb } from '../../../fixtures/db';

const ctx = { sessionsSoFar: 3, today: '2026-11-29' };

describe('writing a letter', () => {
  beforeEach(resetDb);

  it('refuses an empty letter and seals that would open at once, writing nothing', async () => {
    await expect(lettersRepo.write({ body: '  ', day: ctx.today }, ctx)).rejects.toMatchObject({ field: 'body' });
    await expect(lettersRepo.write({ body: 'Dear me', day: ctx.today, seal: { kind: 'session', number: 3 } }, ctx)).rejects.toMatchObject({
      field: 'sealedUntil',
      params: { reason: 'sessionReached' },
    });
    await expect(lettersRepo.write({ body: 'Dear me', day: ctx.today, seal: { kind: 'date', day: '2026-11-29' } }, ctx)).rejects.toMatchObject({
      params: { reason: 'dateNotFuture' },
    });
    expect(await lettersRepo.listAll()).toEqual([]);
  });

  it('keeps a sealed letter and marks the notes it started from as used', async () => {
    const a = await pastSelfNotesRepo.add('It gets lighter');
    const b = await pastSelfNotesRepo.add(' You were brave to ask ');
    const letter = await lettersRepo.write({ body: 'Dear me', day: ctx.today, seal: { kind: 'session', number: 4 }, noteIds: [a.id] }, ctx);
    expect(letter.sealedUntil).toEqual({ kind: 'session', number: 4 });
    expect((await pastSelfNotesRepo.listWaiting()).map((n) => n.text)).toEqual(['You were brave to ask']);
    expect((await pastSelfNotesRepo.get(a.id))?.usedInLetterId).toBe(letter.id);
    expect((await pastSelfNotesRepo.get(b.id))?.usedInLetterId).toBeUndefined();
  });

  it('the next new letter starts from the waiting list, oldest first', async () => {
    await pastSelfNotesRepo.add('First thing');
    await new Promise((r) => setTimeout(r, 2));
    await pastSelfNotesRepo.add('Second thing');
    const draft = await startNewLetter();
    expect(draft.body).toBe('• First thing\n• Second thing\n\n');
    expect(draft.noteIds).toHaveLength(2);
    expect(draft.sessionNumber).toBe('1');
    expect(startLetter([], ctx).body).toBe('');
  });

  it('checks the editor state with kind, specific reasons', () => {
    const base = { ...startLetter([], ctx), body: 'Dear me' };
    expect(checkLetter({ ...base, body: ' ' }, ctx)).toEqual({ ok: false, problem: { field: 'body', why: 'empty' } });
    expect(checkLetter({ ...base, sealKind: 'session', sessionNumber: '2.5' }, ctx)).toMatchObject({ problem: { why: 'sessionNumber' } });
    expect(checkLetter({ ...base, sealKind: 'session', sessionNumber: '3' }, ctx)).toMatchObject({ problem: { why: 'sessionReached' } });
    expect(checkLetter({ ...base, sealKind: 'session', sessionNumber: '4' }, ctx)).toEqual({ ok: true, seal: { kind: 'session', number: 4 } });
    expect(checkLetter({ ...base, sealKind: 'date', sealDay: '' }, ctx)).toMatchObject({ problem: { why: 'date' } });
    expect(checkLetter({ ...base, sealKind: 'date', sealDay: '2026-11-29' }, ctx)).toMatchObject({ problem: { why: 'dateNotFuture' } });
    expect(checkLetter({ ...base, sealKind: 'date', sealDay: '2026-11-30' }, ctx)).toEqual({ ok: true, seal: { kind: 'date', day: '2026-11-30' } });
    expect(checkLetter(base, ctx)).toEqual({ ok: true });
  });
});
