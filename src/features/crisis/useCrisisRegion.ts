import { useSetting } from '../settings/useSettings';
import { chosenRegion } from './resources';

/** The region to show first, from the crisisCountry setting ('auto' guesses from the browser language). */
export function useCrisisRegion(): string | undefined {
  const setting = useSetting('crisisCountry');
  return chosenRegion(setting, navigator.languages);
}
