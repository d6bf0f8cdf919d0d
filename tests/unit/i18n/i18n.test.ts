import { afterEach, describe, expect, it } from 'vitest';
import { isMessageKey, locale, setLocale, t } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';

afterEach(() => setLocale('en'));

describe('i18n', () => {
  it('fills placeholders as plain text and leaves unknown ones visible', () => {
    expect(t('help.call', { number: '116 123' })).toBe('Call 116 123');
    expect(t('settings.storage.usage', { used: '<b>1 MB</b>' })).toBe(
      'Using <b>1 MB</b> of about {quota} available.',
    );
  });

  it('falls back from a regional or unknown locale to one we have', () => {
    setLocale('en-GB');
    expect(locale()).toBe('en');
    setLocale('xx-YY');
    expect(locale()).toBe('en');
    expect(t('nav.today')).toBe('Today');
  });

  it('knows which keys exist', () => {
    expect(isMessageKey('nav.more')).toBe(true);
    expect(isMessageKey('counts.nothing')).toBe(false);
  });

  it('has no empty strings and no shaming words in the catalogue', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).not.toMatch(/\b(fail(ed)?|streak|invalid|error:)/i);
    }
  });
});
