import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingKey, SettingsMap } from '../../db';
import { settingDefaults, settingsRepo } from './settings.repo';

/** A setting's live value; the default while loading or when never set. Write with settingsRepo.set. */
export function useSetting<K extends SettingKey>(key: K): SettingsMap[K] {
  return useLiveQuery(() => settingsRepo.get(key), [key], settingDefaults[key]);
}
