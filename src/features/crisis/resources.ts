import type { MessageKey } from '../../i18n';

// Facts to check before each release (see PRODUCT.md). Numbers work offline: they
// are plain tel:/sms: links, no lookup.
export interface CrisisLine {
  name: string;
  call: string;
  /** Present where the line also takes text messages. */
  text?: string;
  note?: MessageKey;
}

export interface CrisisResource {
  /** ISO 3166-1 region code; its display name comes from Intl, so it translates. */
  region: string;
  emergency: string[];
  lines: CrisisLine[];
}

export const crisisResources: CrisisResource[] = [
  {
    region: 'US',
    emergency: ['911'],
    lines: [{ name: '988 Suicide & Crisis Lifeline', call: '988', text: '988' }],
  },
  {
    region: 'CA',
    emergency: ['911'],
    lines: [{ name: '9-8-8 Suicide Crisis Helpline', call: '988', text: '988' }],
  },
  {
    region: 'GB',
    emergency: ['999'],
    lines: [{ name: 'Samaritans', call: '116 123', note: 'help.note.free247' }],
  },
  {
    region: 'IE',
    emergency: ['112', '999'],
    lines: [{ name: 'Samaritans', call: '116 123' }],
  },
  {
    region: 'AU',
    emergency: ['000'],
    lines: [{ name: 'Lifeline', call: '13 11 14' }],
  },
];

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function smsHref(number: string): string {
  return `sms:${number.replace(/[^\d+]/g, '')}`;
}

/** Guess the person's region from the browser language (e.g. en-GB → GB), if we list it. */
export function likelyRegion(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    const region = tag.split('-')[1]?.toUpperCase();
    if (region && crisisResources.some((resource) => resource.region === region)) return region;
  }
  return undefined;
}

/** The "somewhere else" choice in Settings: show the generic advice first. */
export const ELSEWHERE = 'ZZ';

/**
 * The region whose numbers to show first: the person's choice in Settings, or
 * for 'auto' a guess from the browser language. undefined = no listed region.
 */
export function chosenRegion(setting: string, languages: readonly string[]): string | undefined {
  if (setting === 'auto') return likelyRegion(languages);
  return crisisResources.some((r) => r.region === setting) ? setting : undefined;
}

/** Every listed region, the chosen one first, the rest in their usual order. */
export function resourcesInOrder(region: string | undefined): CrisisResource[] {
  return [...crisisResources].sort((a, b) => Number(b.region === region) - Number(a.region === region));
}
