import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { navigate } from '../../../../src/app/router';
import { db } from '../../../../src/db';
import { measuresRepo } from '../../../../src/features/checkins/checkins.repo';
import ReviewScreen from '../../../../src/features/sessions/ReviewScreen';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { flushAll } from '../../../../src/pwa/flush';
import { resetDb } from '../../../fixtures/db';

async function who5(answers: number[], day: string) {
  const d = await measuresRepo.saveDraft('who5', answers, { day });
  await measuresRepo.complete(d.id);
}

describe('feedback review screen', () => {
  beforeEach(async () => {
    await resetDb();
    navigate('/sessions/review', { replace: true });
    for (let d = 1; d <= 5; d += 1) await sessionsRepo.add({ startsAt: `2024-04-0${d}T09:00:00Z`, day: `2024-04-0${d}` });
  });

  it('says kindly that there is nothing to compare yet and stores nothing', async () => {
    const user = userEvent.setup();
    render(<ReviewScreen />);
    await user.type(await screen.findByLabelText('What has improved'), 'Sleep');
    await user.click(screen.getByRole('button', { name: 'Keep this review' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => a.textContent?.startsWith('There is nothing to compare yet'))).toBe(true),
    );
    expect(await db.feedbackReviews.count()).toBe(0);
    // The half-written answer is kept as a draft before any reload.
    await flushAll();
    expect((await db.drafts.get('review:new'))?.payload).toMatchObject({ improved: 'Sleep' });
  });

  it('shows start, now and a meaningful WHO-5 change, then keeps the review', async () => {
    await who5([2, 2, 2, 2, 2], '2024-04-01'); // 40
    await who5([3, 3, 3, 3, 1], '2024-04-05'); // 52
    const user = userEvent.setup();
    render(<ReviewScreen />);
    expect(await screen.findByRole('cell', { name: /\+12, better \(a meaningful change\)/ })).toBeInTheDocument();
    await user.type(screen.getByLabelText('What has improved'), 'Mornings');
    await user.type(screen.getByLabelText('What hasn’t improved yet'), 'Work');
    await user.type(screen.getByLabelText('What I want to change about how therapy is going'), 'More practice');
    await user.click(screen.getByRole('button', { name: 'Keep this review' }));
    await waitFor(async () => expect(await db.feedbackReviews.count()).toBe(1));
    const [review] = await db.feedbackReviews.toArray();
    expect(review).toMatchObject({ sessionCount: 5, improved: 'Mornings', notYet: 'Work', changeAboutTherapy: 'More practice' });
    expect(review?.comparisons).toEqual([expect.objectContaining({ ref: 'who5', start: 40, now: 52, meaningful: true })]);
    expect(window.location.pathname).toBe('/sessions/reviews');
    expect(await db.drafts.get('review:new')).toBeUndefined();
  });
});
