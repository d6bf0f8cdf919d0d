import { describe, expect, it } from 'vitest';
import { fold, highlight, queryTokens, snippetAround, tokenize } from '../../../src/lib/searchText';

const marked = (text: string, tokens: string[]) =>
  highlight(text, tokens)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('search text', () => {
  it('folds case and accents, in composed and decomposed form', () => {
    expect(fold('Café ÉTÉ')).toBe('cafe ete');
    expect(fold('cafe\u0301')).toBe('cafe');
    expect(tokenize('Café, cafe\u0301 and CAFE!')).toEqual(['cafe', 'and']);
  });

  it('splits on punctuation and keeps letters of any script and numbers', () => {
    expect(tokenize("Felt the \"should\" voice — again at 3pm; don't")).toEqual([
      'felt', 'the', 'should', 'voice', 'again', 'at', '3pm', 'don', 't',
    ]);
    expect(tokenize('Schlaf gut, мама, 東京')).toEqual(['schlaf', 'gut', 'мама', '東京']);
    expect(tokenize('  ...  ')).toEqual([]);
  });

  it('drops query words that only repeat the start of a longer one', () => {
    expect(queryTokens('wal walk River')).toEqual(['walk', 'river']);
    expect(queryTokens('')).toEqual([]);
  });

  it('highlights the start of words matching a token, ignoring case and accents', () => {
    expect(marked('Walked by the river, WALKING home', ['walk'])).toBe('[Walk]ed by the river, [WALK]ING home');
    expect(marked('Un café au lait', ['cafe'])).toBe('Un [café] au lait');
    expect(marked('Un cafe\u0301 au lait', ['cafe'])).toBe('Un [cafe\u0301] au lait');
    // Only word starts match: "ling" is inside "feeling".
    expect(marked('feeling', ['ling'])).toBe('feeling');
    expect(marked('<b>Calm</b>', ['calm'])).toBe('<b>[Calm]</b>');
    expect(highlight('', ['x'])).toEqual([]);
    expect(highlight('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });

  it('prefers the longest matching token', () => {
    expect(marked('breathing', ['b', 'breath'])).toBe('[breath]ing');
  });

  it('snips the neighbourhood of the first match', () => {
    const long = `${'word '.repeat(40)}the river was calm ${'more '.repeat(40)}`;
    const snip = snippetAround(long, ['river'], 20);
    expect(snip).toMatch(/^….*river.*…$/);
    expect(snip?.length).toBeLessThan(70);
    expect(snippetAround('nothing here', ['river'])).toBeUndefined();
  });
});
