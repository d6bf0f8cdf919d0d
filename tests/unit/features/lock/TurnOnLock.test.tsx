import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readLockConfig } from '../../../../src/features/lock/lock.repo';
import { forgetLock } from '../../../../src/features/lock/lockService';
import { TurnOnLock } from '../../../../src/features/lock/TurnOnLock';
import { resetDb } from '../../../fixtures/db';

describe('turning lock on', () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });
  afterEach(forgetLock);

  it('explains first, checks the passphrase and the warning, and writes nothing until the last step', async () => {
    const user = userEvent.setup();
    render(<TurnOnLock />);
    expect(screen.getByText(/no one can open your words again/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Please use at least 8 characters.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'long enough words');
    await user.type(screen.getByLabelText('Type it again'), 'long enough word');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/These two are not the same yet/)).toBeInTheDocument();
    expect(screen.getByText('Please tick this once you have read the note above.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Type it again'), 's');
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const key = await screen.findByRole('group', { name: 'Recovery key' });
    expect(key.textContent).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

    await user.click(screen.getByRole('button', { name: 'Turn on lock' }));
    expect(await screen.findByText('Please save the key first, then tick this.')).toBeInTheDocument();
    expect(await readLockConfig()).toBeUndefined();
  });
});
