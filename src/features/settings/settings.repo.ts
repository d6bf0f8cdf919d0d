import { db } from '../../db';
import type { SettingKey, SettingsMap } from '../../db';
import { ValidationError } from '../../lib/errors';
import { nowIso } from '../../lib/ids';
import { requireNumberInRange, requireOneOf, requireText } from '../../lib/validate';
import { DEFAULT_IDLE_MINUTES } from '../lock/lock.repo';

/** What each setting reads as before the user changes it. */
export const settingDefaults: Readonly<SettingsMap> = {
  locale: 'en',
  theme: 'system',
  feedbackEvery: 5,
  crisisCountry: 'auto',
  whyQuietDays: 4,
  whyRatingDrop: 2,
  backupEveryDays: 14,
  lockIdleMinutes: DEFAULT_IDLE_MINUTES,
};

// Per-key checks for values that would break screens if wrong.
const validators: { [K in SettingKey]?: (value: SettingsMap[K]) => void } = {
  locale: (v) => requireText('locale', v),
  theme: (v) => requireOneOf('theme', v, ['system', 'light', 'dark']),
  backupEveryDays: (v) => requireNumberInRange('backupEveryDays', v, 1, 365, { integer: true }),
  lockIdleMinutes: (v) => requireNumberInRange('lockIdleMinutes', v, 1, 60, { integer: true }),
  feedbackEvery: (v) => requireNumberInRange('feedbackEvery', v, 1, 52, { integer: true }),
  feedbackReviewNotNowAt: (v) => {
    if (v !== undefined) requireNumberInRange('feedbackReviewNotNowAt', v, 0, 10_000, { integer: true });
  },
  checkinWeekday: (v) => {
    if (v !== undefined) requireNumberInRange('checkinWeekday', v, 0, 6, { integer: true });
  },
  measuresOn: (v) => {
    for (const m of v ?? []) requireOneOf('measuresOn', m, ['phq9', 'gad7', 'who5']);
  },
  whyQuietDays: (v) => requireNumberInRange('whyQuietDays', v, 1, 60, { integer: true }),
  whyRatingDrop: (v) => requireNumberInRange('whyRatingDrop', v, 1, 10, { integer: true }),
  crisisCountry: (v) => {
    if (v !== 'auto' && !/^[A-Z]{2}$/.test(v)) throw new ValidationError('crisisCountry', 'validation.invalidValue');
  },
};

export const settingsRepo = {
  /** The stored value, or the default when never set. */
  async get<K extends SettingKey>(key: K): Promise<SettingsMap[K]> {
    const row = await db.settings.get(key);
    return row ? (row.value as SettingsMap[K]) : settingDefaults[key];
  },

  async set<K extends SettingKey>(key: K, value: SettingsMap[K]): Promise<void> {
    validators[key]?.(value);
    await db.settings.put({ key, value, updatedAt: nowIso() });
  },

  /** Back to the default. */
  async reset(key: SettingKey): Promise<void> {
    await db.settings.delete(key);
  },

  /** Every setting, stored values over defaults. */
  async getAll(): Promise<SettingsMap> {
    const rows = await db.settings.toArray();
    return Object.assign({ ...settingDefaults }, ...rows.map((r) => ({ [r.key]: r.value }))) as SettingsMap;
  },
};
