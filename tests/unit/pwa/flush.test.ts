import { describe, expect, it } from 'vitest';
import { flushAll, registerFlusher } from '../../../src/pwa/flush';

describe('flushAll', () => {
  it('runs every registered flusher, even when one fails', async () => {
    const done: string[] = [];
    const offA = registerFlusher(async () => {
      await Promise.resolve();
      done.push('a');
    });
    const offB = registerFlusher(() => {
      throw new Error('disk full');
    });
    const offC = registerFlusher(() => {
      done.push('c');
    });
    await flushAll();
    expect(done.sort()).toEqual(['a', 'c']);
    offA();
    offB();
    offC();
    await flushAll();
    expect(done).toHaveLength(2);
  });
});
