import { describe, expect, it } from 'vitest';
import { chosenRegion, ELSEWHERE, resourcesInOrder } from '../../../../src/features/crisis/resources';

describe('crisis country setting', () => {
  it('uses the chosen country, guesses for auto, and has none for "somewhere else"', () => {
    expect(chosenRegion('IE', ['en-US'])).toBe('IE');
    expect(chosenRegion('auto', ['en-AU'])).toBe('AU');
    expect(chosenRegion('auto', ['de-DE'])).toBeUndefined();
    expect(chosenRegion(ELSEWHERE, ['en-GB'])).toBeUndefined();
  });

  it('lists every country, the chosen one first', () => {
    const regions = resourcesInOrder('AU').map((r) => r.region);
    expect(regions[0]).toBe('AU');
    expect([...regions].sort()).toEqual(['AU', 'CA', 'GB', 'IE', 'US']);
    expect(resourcesInOrder(undefined).map((r) => r.region)).toEqual(['US', 'CA', 'GB', 'IE', 'AU']);
  });
});
