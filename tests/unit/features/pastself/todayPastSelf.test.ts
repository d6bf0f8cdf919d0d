import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import { saveDraft } from '../../../../src/features/drafts/drafts.repo';
import { lettersRepo } from '../../../../src/features/pastself/pastself.repo';
import { intakeRepo } from '../../../../src/features/pastself/intake.repo';
import { loadTodayPastSelf, todayPastSelfActions } from '../../../../src/features/pastself/useTodayPastSelf';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { resetDb } from '../../../fixtures/db';
import { sampleRows } from '../../../fixtures/rows';

const NOW = new Date('2026-11-29T09:30:00Z');
const today = '2026-11-29';

describe("Today's past-self card", () => {
  beforeEach(resetDb);

  it('invites to the intake until one exists or the person says not now; offers to resume a draft', async () => {
    expect((await loadTodayPastSelf(today, NOW)).invite).toEqual({ resume: false });
    await saveDraft('intake', 'intake', { whyCame: 'Half' });
    expect((await loadTodayPastSelf(today, NOW)).invite).toEqual({ resume: true });
    await todayPastSelfActions.dismissInvite();
    expect((await loadTodayPastSelf(today, NOW)).invite).toBeUndefined();
  });

  it('no invitation once the snapshot exists', async () => {
    await intakeRepo.save({ whyCame: 'Heavy', hopes: '', goalRatings: [] }, today);
    expect((await loadTodayPastSelf(today, NOW)).invite).toBeUndefined();
  });

  it('says a letter is ready when the session it waited for has happened, until it is opened', async () => {
    const letter = await lettersRepo.write({ body: 'Dear me', day: today, seal: { kind: 'session', number: 1 } }, { sessionsSoFar: 0, today });
    expect((await loadTodayPastSelf(today, NOW)).readyLetterIds).toEqual([]);
    await sessionsRepo.add({ startsAt: '2026-11-29T09:00:00.000Z', day: today });
    expect((await loadTodayPastSelf(today, NOW)).readyLetterIds).toEqual([letter.id]);
    await lettersRepo.markOpened(letter.id);
    expect((await loadTodayPastSelf(today, NOW)).readyLetterIds).toEqual([]);
  });

  it('a date-sealed letter is ready from its local day on', async () => {
    const letter = await lettersRepo.write({ body: 'Dear me', day: today, seal: { kind: 'date', day: '2026-12-01' } }, { sessionsSoFar: 0, today });
    expect((await loadTodayPastSelf('2026-11-30', NOW)).readyLetterIds).toEqual([]);
    expect((await loadTodayPastSelf('2026-12-01', NOW)).readyLetterIds).toEqual([letter.id]);
  });

  it('brings back my why after a quiet spell, once', async () => {
    await db.journalEntries.add({ ...sampleRows().journalEntries, day: '2026-11-25' });
    const why = (await loadTodayPastSelf(today, NOW)).why;
    expect(why?.reason).toEqual({ reason: 'quiet', days: 4, key: 'quiet:2026-11-25' });
    await todayPastSelfActions.dismissWhy('quiet:2026-11-25');
    expect((await loadTodayPastSelf(today, NOW)).why).toBeUndefined();
  });
});
