import { describe, expect, it } from 'vitest';
import { crisisResources, likelyRegion, smsHref, telHref } from '../../../../src/features/crisis/resources';

describe('crisis resources', () => {
  it('ships the numbers from the product brief', () => {
    const byRegion = Object.fromEntries(crisisResources.map((r) => [r.region, r]));
    expect(byRegion.US?.emergency).toEqual(['911']);
    expect(byRegion.US?.lines[0]).toMatchObject({ call: '988', text: '988' });
    expect(byRegion.CA?.lines[0]).toMatchObject({ call: '988', text: '988' });
    expect(byRegion.GB?.emergency).toEqual(['999']);
    expect(byRegion.GB?.lines[0]?.call).toBe('116 123');
    expect(byRegion.IE?.emergency).toEqual(['112', '999']);
    expect(byRegion.AU?.emergency).toEqual(['000']);
    expect(byRegion.AU?.lines[0]?.call).toBe('13 11 14');
  });

  it('builds dialable links', () => {
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('13 11 14')).toBe('tel:131114');
    expect(smsHref('988')).toBe('sms:988');
  });

  it('guesses a region from the browser languages when we list it', () => {
    expect(likelyRegion(['en-AU', 'en'])).toBe('AU');
    expect(likelyRegion(['fr', 'de-DE', 'en-ie'])).toBe('IE');
    expect(likelyRegion(['de-DE'])).toBeUndefined();
  });
});
