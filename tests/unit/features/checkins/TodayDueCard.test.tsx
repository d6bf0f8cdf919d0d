import { beforeEach, describe, expect, it } from 'vitest';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TodayDueCard } from '../../../../src/features/checkins/TodayDueCard';
import { settingsRepo } from '../../../../src/features/settings/settings.repo';
import { sessionsRepo } from '../../../../src/features/sessions/sessions.repo';
import { resetDb } from '../../../fixtures/db';

const reviewLink = { name: /Feedback review after 5 sessions/ };

async function logPastSessions(from: number, to: number) {
  for (let d = from; d <= to; d += 1) {
    const day = `2024-04-${String(d).padStart(2, '0')}`;
    await sessionsRepo.add({ startsAt: `${day}T09:00:00Z`, day });
  }
}

// Writes reach the screen through live queries; on a busy machine that can take
// longer than Testing Library's 1 s default, so waits here are generous.
configure({ asyncUtilTimeout: 5000 });

describe('Today: the due feedback review', () => {
  beforeEach(resetDb);

  it('"Not now" puts it away kindly, keeps focus in place, and it returns after the next session', async () => {
    const user = userEvent.setup();
    await logPastSessions(1, 5);
    render(<TodayDueCard />);
    expect(await screen.findByRole('link', reviewLink)).toHaveAttribute('href', '/sessions/review');

    await user.click(screen.getByRole('button', { name: 'Not now — feedback review' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Put away for now. The review will be back after your next session');
    await waitFor(() => expect(status).toHaveFocus());
    // The list follows the stored setting through the live query.
    await waitFor(() => expect(screen.queryByRole('link', reviewLink)).not.toBeInTheDocument());
    expect(await settingsRepo.get('feedbackReviewNotNowAt')).toBe(5);

    await logPastSessions(6, 6);
    expect(await screen.findByRole('link', reviewLink)).toBeInTheDocument();
  }, 20_000);
});
