import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey, Messages } from './en';
import { shell } from './en/shell';
import { today } from './en/today';

export type { MessageKey };

// Only the strings the first screen needs ship in the entry chunk; the rest of
// the catalogue is one lazy chunk that every lazy screen waits for (lazyScreen).
const active: Partial<Messages> = { ...shell, ...today };
let activeLocale = 'en';
const loaders: Record<string, () => Promise<Messages>> = {
  en: () => import('./en').then((module) => module.en),
};
let loading: Promise<void> | undefined;

function pickLocale(locale: string): string {
  const base = locale.split('-')[0] ?? 'en';
  return loaders[locale] ? locale : loaders[base] ? base : 'en';
}

export function setLocale(locale: string): void {
  const next = pickLocale(locale);
  if (next !== activeLocale) loading = undefined;
  activeLocale = next;
}

export function locale(): string {
  return activeLocale;
}

/** Load the whole catalogue of the active locale (once). */
export function loadMessages(): Promise<void> {
  loading ??= (loaders[activeLocale] ?? loaders.en ?? (() => Promise.reject(new Error('no catalogue'))))().then(
    (messages) => {
      Object.assign(active, messages);
    },
  );
  return loading;
}

/** React.lazy for a screen or card whose strings may live outside the first-screen set. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- same constraint as React.lazy: any props shape
export function lazyScreen<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): LazyExoticComponent<C> {
  return lazy(() => Promise.all([load(), loadMessages()]).then(([module]) => module));
}

/** Look up a message and fill `{name}` placeholders. Values are inserted as plain text. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const template = active[key];
  if (template === undefined) {
    console.error(`Missing message ${key}: was its screen loaded with lazyScreen()?`);
    return key;
  }
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return key in active;
}
