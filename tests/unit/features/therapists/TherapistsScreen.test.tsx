import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/features/therapists/composeQuestion';
import TherapistsScreen from '../../../../src/features/therapists/TherapistsScreen';
import { decodeQuestionLink } from '../../../../src/features/prompts/questionLink';

const blank = { text: '', followUps: [], dueDay: '', from: '' };

describe('composing a question', () => {
  it('checks each field with a kind message', () => {
    expect(checkDraft(blank, '2026-11-29').problems.text).toBe('Write the question first, then make the link.');
    expect(checkDraft({ ...blank, text: 'x'.repeat(1001) }, '2026-11-29').problems.text).toBe(
      'Please keep the question to 1,000 characters — it is 1001 now.',
    );
    expect(checkDraft({ ...blank, text: 'Hi', dueDay: '2026-11-28' }, '2026-11-29').problems.dueDay).toBe(
      'That day has already passed — pick today or a later day.',
    );
    expect(checkDraft({ ...blank, text: 'Hi', followUps: ['ok', 'y'.repeat(301)] }, '2026-11-29').problems).toEqual({
      followUp1: 'Please keep each follow-up to 300 characters.',
    });
    expect(checkDraft({ ...blank, text: 'Hi', from: 'z'.repeat(81) }, '2026-11-29').problems.from).toBeDefined();
    expect(checkDraft({ text: ' Hi ', followUps: [' a ', ''], dueDay: '2026-11-29', from: ' Sam ' }, '2026-11-29')).toEqual({
      payload: { text: 'Hi', followUps: ['a'], dueDay: '2026-11-29', from: 'Sam' },
      problems: {},
    });
  });
});

describe('TherapistsScreen', () => {
  it('needs no client data, and turns the form into a link and a QR code', async () => {
    const user = userEvent.setup();
    render(<TherapistsScreen />);
    await user.click(screen.getByRole('button', { name: 'Make link and QR code' }));
    expect(screen.getByText('Write the question first, then make the link.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Your question' }), 'What helped this week?');
    for (let i = 0; i < 5; i += 1) await user.click(screen.getByRole('button', { name: 'Add a follow-up prompt' }));
    expect(screen.queryByRole('button', { name: 'Add a follow-up prompt' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Follow-up prompt 1' }), 'Who was there?');
    await user.click(screen.getByRole('button', { name: 'Remove follow-up prompt 5' }));
    await user.type(screen.getByRole('textbox', { name: 'Your name as your client will see it (optional)' }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Make link and QR code' }));

    const link = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link for your client' }).value;
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/q#v1\./);
    expect(decodeQuestionLink(link)).toEqual({ ok: true, payload: { text: 'What helped this week?', followUps: ['Who was there?'], from: 'Sam' } });
    expect(screen.getByRole('img', { name: 'QR code that opens this question in Between' })).toBeInTheDocument();
  });
});
