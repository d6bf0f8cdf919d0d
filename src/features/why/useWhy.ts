import { useLiveQuery } from 'dexie-react-hooks';
import type { JsonObject, WhyVersion } from '../../db';
import { intakeRepo } from '../pastself/intake.repo';
import { settingsRepo } from '../settings/settings.repo';
import { goalValues, whyRepo } from './why.repo';

export interface WhyData {
  /** Newest first; the first is the current "my why". */
  history: WhyVersion[];
  values: string[];
  quietDays: number;
  ratingDrop: number;
}

export function useWhy(): WhyData | undefined {
  return useLiveQuery(async () => {
    const [history, values, settings] = await Promise.all([whyRepo.history(), goalValues(), settingsRepo.getAll()]);
    return { history, values, quietDays: settings.whyQuietDays, ratingDrop: settings.whyRatingDrop };
  });
}

export interface WhyDraft extends JsonObject {
  whyStarted: string;
  ownWords: string;
}

/** The editor starts from the current why, or from the intake's "why I came" the first time. */
export async function startWhyDraft(): Promise<WhyDraft> {
  const current = await whyRepo.current();
  if (current) return { whyStarted: current.whyStarted, ownWords: current.ownWords };
  const intake = await intakeRepo.get();
  return { whyStarted: intake?.whyCame ?? '', ownWords: '' };
}

export function readWhyDraft(p: JsonObject, fallback: WhyDraft): WhyDraft {
  return {
    whyStarted: typeof p.whyStarted === 'string' ? p.whyStarted : fallback.whyStarted,
    ownWords: typeof p.ownWords === 'string' ? p.ownWords : fallback.ownWords,
  };
}

export const whyActions = {
  save: (input: { whyStarted: string; ownWords: string }) => whyRepo.save(input),
  setQuietDays: (n: number) => settingsRepo.set('whyQuietDays', n),
  setRatingDrop: (n: number) => settingsRepo.set('whyRatingDrop', n),
};
