import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/db';
import { checkinsRepo } from '../../../../src/features/checkins/checkins.repo';
import { sessionCheckinOpen, sessionSlot, weeklyDueFrom } from '../../../../src/features/checkins/due';
import { loadDue, reviewNotNow, reviewPutAway } from '../../../../src/features/checkins/useDue';
import { goalsRepo } from '../../../../src/features/goals/goals.repo';
import { settingsRepo } from '../../../../src/features/settings/settings.repo';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { resetDb } from '../../../fixtures/db';

describe('check-in schedule', () => {
  it('weekly check-in is due from the latest chosen weekday on or before today', () => {
    // 2024-05-08 is a Wednesday.
    expect(weeklyDueFrom('2024-05-08', 3)).toBe('2024-05-08');
    expect(weeklyDueFrom('2024-05-08', 1)).toBe('2024-05-06');
    expect(weeklyDueFrom('2024-05-08', 4)).toBe('2024-05-02');
    expect(weeklyDueFrom('2024-05-08', 0)).toBe('2024-05-05');
    // Across the spring DST change in London (31 March 2024).
    expect(weeklyDueFrom('2024-04-02', 6)).toBe('2024-03-30');
  });

  it('opens the before-session check-in two calendar days ahead, until the session starts', () => {
    const session = { startsAt: '2024-05-10T09:00:00Z' };
    expect(sessionCheckinOpen(session, new Date('2024-05-07T20:00:00Z'))).toBe(false);
    expect(sessionCheckinOpen(session, new Date('2024-05-08T00:30:00Z'))).toBe(true);
    expect(sessionCheckinOpen(session, new Date('2024-05-10T08:59:00Z'))).toBe(true);
    expect(sessionCheckinOpen(session, new Date('2024-05-10T09:00:00Z'))).toBe(false);
  });
});

describe('due items and check-in input', () => {
  beforeEach(async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-08T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers nothing until a schedule is chosen, then the weekly and before-session check-ins', async () => {
    expect(await loadDue()).toEqual({});
    await settingsRepo.set('checkinWeekday', 1);
    expect((await loadDue()).weeklySince).toBe('2024-05-06');
    await checkinsRepo.saveForDaySlot({ day: '2024-05-07', slot: 'weekly', ratings: [], overall: 6, note: '' });
    expect((await loadDue()).weeklySince).toBeUndefined();

    const next = await sessionsRepo.add({ startsAt: '2024-05-09T10:00:00Z', day: '2024-05-09' });
    expect((await loadDue()).beforeSession).toBeUndefined();
    await settingsRepo.set('checkinBeforeSession', true);
    const due = await loadDue();
    expect(due.beforeSession?.id).toBe(next.id);
    expect(due.nextSession?.id).toBe(next.id);
    await checkinsRepo.saveForDaySlot({ day: '2024-05-08', slot: sessionSlot(next.id), ratings: [], overall: 5, note: '' });
    expect((await loadDue()).beforeSession).toBeUndefined();
  });

  it('offers the feedback review at the 5th past session (default N)', async () => {
    for (let d = 1; d <= 4; d += 1) await sessionsRepo.add({ startsAt: `2024-04-0${d}T09:00:00Z`, day: `2024-04-0${d}` });
    expect((await loadDue()).reviewAt).toBeUndefined();
    await sessionsRepo.add({ startsAt: '2024-04-05T09:00:00Z', day: '2024-04-05' });
    expect((await loadDue()).reviewAt).toBe(5);
    await settingsRepo.set('feedbackEvery', 6);
    expect((await loadDue()).reviewAt).toBeUndefined();
  });

  it('"Not now" hides the due review until the next session is logged, and a bad count stores nothing', async () => {
    for (let d = 1; d <= 5; d += 1) await sessionsRepo.add({ startsAt: `2024-04-0${d}T09:00:00Z`, day: `2024-04-0${d}` });
    expect((await loadDue()).reviewAt).toBe(5);
    await reviewNotNow();
    expect(await settingsRepo.get('feedbackReviewNotNowAt')).toBe(5);
    expect((await loadDue()).reviewAt).toBeUndefined();
    // A session booked for later does not count yet; the review stays put away.
    const next = await sessionsRepo.add({ startsAt: '2024-05-09T10:00:00Z', day: '2024-05-09' });
    expect((await loadDue()).reviewAt).toBeUndefined();
    // Once that session has happened, the review is offered again (still for 5).
    expect((await loadDue(new Date('2024-05-09T11:00:00Z'))).reviewAt).toBe(5);
    // If that session is deleted again, the count is back where it was put away.
    await sessionsRepo.softDelete(next.id);
    expect((await loadDue(new Date('2024-05-09T11:00:00Z'))).reviewAt).toBeUndefined();
    // Nonsense counts are refused and leave the stored one as it was.
    await expect(settingsRepo.set('feedbackReviewNotNowAt', -1)).rejects.toMatchObject({ field: 'feedbackReviewNotNowAt' });
    await expect(settingsRepo.set('feedbackReviewNotNowAt', 2.5)).rejects.toMatchObject({ field: 'feedbackReviewNotNowAt' });
    expect(await settingsRepo.get('feedbackReviewNotNowAt')).toBe(5);
  });

  it('reviewPutAway holds only while the past-session count has not grown', () => {
    expect(reviewPutAway(5, undefined)).toBe(false);
    expect(reviewPutAway(5, 5)).toBe(true);
    expect(reviewPutAway(4, 5)).toBe(true);
    expect(reviewPutAway(6, 5)).toBe(false);
  });

  it('keeps one check-in per day and slot; a 0–10 rating outside its scale or a future day stores nothing', async () => {
    const goal = await goalsRepo.add({
      title: 'Calm',
      value: '',
      why: '',
      withTherapist: 0,
      metric: { kind: 'rating', label: 'Calm', lowLabel: 'tense', highLabel: 'calm', higherIsBetter: true },
    });
    const bad = { day: '2024-05-08', slot: 'weekly', overall: 5, note: '' };
    await expect(checkinsRepo.saveForDaySlot({ ...bad, ratings: [{ goalId: goal.id, value: 11 }] })).rejects.toMatchObject({ field: `rating:${goal.id}` });
    await expect(checkinsRepo.saveForDaySlot({ ...bad, ratings: [{ goalId: goal.id, value: 2.5 }] })).rejects.toMatchObject({ field: `rating:${goal.id}` });
    await expect(checkinsRepo.saveForDaySlot({ ...bad, day: '2024-05-09', ratings: [] })).rejects.toMatchObject({ field: 'day' });
    expect(await db.checkins.count()).toBe(0);
    const first = await checkinsRepo.saveForDaySlot({ ...bad, ratings: [{ goalId: goal.id, value: 4 }] });
    const edited = await checkinsRepo.saveForDaySlot({ ...bad, ratings: [{ goalId: goal.id, value: 7 }], note: 'better' });
    expect(edited.id).toBe(first.id);
    expect(await db.checkins.count()).toBe(1);
    expect(await checkinsRepo.hasBetween('weekly', '2024-05-08', '2024-05-08')).toBe(true);
    expect(await checkinsRepo.hasBetween('weekly', '2024-05-01', '2024-05-07')).toBe(false);
  });
});
