import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/format';

describe('formatBytes', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte');
    expect(formatBytes(1_500, 'en')).toBe('1.5 kB');
    expect(formatBytes(2_300_000, 'en')).toBe('2.3 MB');
    expect(formatBytes(52_000_000_000, 'en')).toBe('52 GB');
  });
});
