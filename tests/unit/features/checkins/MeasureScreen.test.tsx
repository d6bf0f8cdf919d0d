import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { navigate } from '../../../../src/app/router';
import { db } from '../../../../src/db';
import { measuresRepo } from '../../../../src/features/checkins/checkins.repo';
import MeasureScreen from '../../../../src/features/checkins/MeasureScreen';
import { settingsRepo } from '../../../../src/features/settings/settings.repo';
import { PHQ9 } from '../../../../src/lib/measures';
import { resetDb } from '../../../fixtures/db';

function item(n: number) {
  const question = PHQ9.questions[n - 1] ?? '';
  return screen.getByRole('group', { name: `${n}. ${question}` });
}

describe('PHQ-9 screen', () => {
  beforeEach(async () => {
    await resetDb();
    navigate('/measures/phq9', { replace: true });
  });

  it('shows the safety screen as soon as item 9 is answered above zero, keeps a draft, scores only when complete', async () => {
    await settingsRepo.set('crisisCountry', 'IE');
    const user = userEvent.setup();
    render(<MeasureScreen />);
    await screen.findByText(PHQ9.stem);
    expect(screen.queryByRole('heading', { name: 'Thank you for answering honestly' })).not.toBeInTheDocument();
    await user.click(within(item(9)).getByRole('radio', { name: 'Several days' }));
    const safety = await screen.findByRole('heading', { name: 'Thank you for answering honestly' });
    expect(safety).toHaveFocus();
    const panel = safety.closest('section');
    expect(panel).not.toBeNull();
    expect(within(panel as HTMLElement).getByRole('heading', { name: 'Ireland' })).toBeInTheDocument();
    expect(within(panel as HTMLElement).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');

    // Finishing early keeps the draft and scores nothing.
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(await screen.findByText(/8 still to answer/)).toBeInTheDocument();
    await waitFor(async () => expect((await measuresRepo.findDraft('phq9'))?.answers[8]).toBe(1));
    expect((await db.measureResults.toArray()).every((m) => m.total === undefined)).toBe(true);

    for (let n = 1; n <= 8; n += 1) await user.click(within(item(n)).getByRole('radio', { name: n <= 4 ? 'Nearly every day' : 'Not at all' }));
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(await screen.findByText('Your answers add up to 13 out of 27, in the range often called moderate.')).toBeInTheDocument();
    expect(screen.getByText(/screening aid, not a diagnosis/)).toBeInTheDocument();
    expect(screen.getByText(/educational grant from Pfizer/)).toBeInTheDocument();
    // The safety screen stays after finishing.
    expect(screen.getByRole('heading', { name: 'Thank you for answering honestly' })).toBeInTheDocument();
    const done = await measuresRepo.listByMeasure('phq9');
    expect(done.map((m) => m.total)).toEqual([13]);
  }, 20_000);
});
