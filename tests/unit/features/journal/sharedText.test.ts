import { describe, expect, it } from 'vitest';
import { mergeIntoDraft, readSharedText } from '../../../../src/features/journal/sharedText';

describe('readSharedText', () => {
  it('returns nothing when nothing was shared', () => {
    expect(readSharedText('')).toBeUndefined();
    expect(readSharedText('?title=&text=%20')).toBeUndefined();
  });

  it('joins text and link, without repeating a link already in the text', () => {
    expect(readSharedText('?title=T&text=hello&url=https%3A%2F%2Fa.example')).toEqual({
      title: 'T',
      body: 'hello\n\nhttps://a.example',
    });
    expect(readSharedText('?text=see+https%3A%2F%2Fa.example&url=https%3A%2F%2Fa.example')).toEqual({
      title: '',
      body: 'see https://a.example',
    });
  });

  it('keeps markup as literal text and caps the size', () => {
    expect(readSharedText('?text=%3Cscript%3Ex%3C%2Fscript%3E')?.body).toBe('<script>x</script>');
    expect(readSharedText(`?text=${'a'.repeat(30_000)}`)?.body).toHaveLength(20_000);
  });
});

describe('mergeIntoDraft', () => {
  it('uses the shared text when there is no draft', () => {
    expect(mergeIntoDraft(undefined, { title: 'T', body: 'B' })).toEqual({ title: 'T', body: 'B' });
  });

  it('appends to an existing draft and loses neither', () => {
    expect(mergeIntoDraft({ title: 'Mine', body: 'first' }, { title: 'Shared', body: 'second' })).toEqual({
      title: 'Mine',
      body: 'first\n\nShared\nsecond',
    });
    expect(mergeIntoDraft({ title: '', body: 'first' }, { title: 'Shared', body: 'second' })).toEqual({
      title: 'Shared',
      body: 'first\n\nsecond',
    });
  });
});
