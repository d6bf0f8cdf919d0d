import { en, type MessageKey, type Messages } from './en';

export type { MessageKey };

const catalogs: Record<string, Messages> = { en };
let active: Messages = en;
let activeLocale = 'en';

export function setLocale(locale: string): void {
  const base = locale.split('-')[0] ?? 'en';
  active = catalogs[locale] ?? catalogs[base] ?? en;
  activeLocale = catalogs[locale] ? locale : catalogs[base] ? base : 'en';
}

export function locale(): string {
  return activeLocale;
}

/** Look up a message and fill `{name}` placeholders. Values are inserted as plain text. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const template = active[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return key in active;
}
