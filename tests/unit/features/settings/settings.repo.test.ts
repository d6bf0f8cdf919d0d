import { renderHook, waitFor, act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db';
import { settingDefaults, settingsRepo } from '../../../../src/features/settings/settings.repo';
import { useSetting } from '../../../../src/features/settings/useSettings';
import { resetDb } from '../../../fixtures/db';

describe('settingsRepo', () => {
  beforeEach(resetDb);

  it('returns defaults until a value is set', async () => {
    expect(await settingsRepo.get('feedbackEvery')).toBe(5);
    expect(await settingsRepo.get('theme')).toBe('system');
    expect(await settingsRepo.get('lastBackupAt')).toBeUndefined();
    expect(await db.settings.count()).toBe(0);
  });

  it('stores typed values and resets to the default', async () => {
    await settingsRepo.set('feedbackEvery', 6);
    await settingsRepo.set('lastBackupAt', '2024-05-01T10:00:00.000Z');
    expect(await settingsRepo.get('feedbackEvery')).toBe(6);
    expect(await settingsRepo.getAll()).toEqual({ ...settingDefaults, feedbackEvery: 6, lastBackupAt: '2024-05-01T10:00:00.000Z' });
    await settingsRepo.reset('feedbackEvery');
    expect(await settingsRepo.get('feedbackEvery')).toBe(5);
  });

  it('rejects values that would break screens', async () => {
    await expect(settingsRepo.set('feedbackEvery', 0)).rejects.toMatchObject({ field: 'feedbackEvery' });
    await expect(settingsRepo.set('theme', 'neon' as 'dark')).rejects.toMatchObject({ field: 'theme' });
    await expect(settingsRepo.set('crisisCountry', 'gb')).rejects.toMatchObject({ field: 'crisisCountry' });
    await settingsRepo.set('crisisCountry', 'GB');
    expect(await settingsRepo.get('crisisCountry')).toBe('GB');
    expect(await settingsRepo.get('feedbackEvery')).toBe(5);
  });
});

describe('useSetting', () => {
  beforeEach(resetDb);

  it('gives the default, then follows stored changes live', async () => {
    const { result } = renderHook(() => useSetting('theme'));
    expect(result.current).toBe('system');
    await act(() => settingsRepo.set('theme', 'dark'));
    await waitFor(() => expect(result.current).toBe('dark'));
  });
});
