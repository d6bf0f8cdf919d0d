import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeQuestionLink,
  encodeQuestion,
  limits,
  questionLink,
  readImportInput,
  type DecodeResult,
} from '../../../../src/features/prompts/questionLink';

const full = {
  text: 'What would you like to feel more of before we meet again?',
  followUps: ['When did you notice it?', 'Who was with you?'],
  dueDay: '2026-12-03',
  from: 'Sam Rivera',
};

function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}
function rawLink(json: string, version = 1): string {
  return `https://between.example/q#v${version}.${b64url(zlibSync(new TextEncoder().encode(json)))}`;
}
const reason = (r: DecodeResult) => (r.ok ? 'ok' : r.reason);

describe('question link codec', () => {
  it('round-trips every field through a link', () => {
    const link = questionLink(full, 'https://between.example');
    expect(link).toMatch(/^https:\/\/between\.example\/q#v1\.[A-Za-z0-9_-]+$/);
    expect(decodeQuestionLink(link)).toEqual({ ok: true, payload: full });
  });

  it('keeps only the question when nothing else is given, and keeps unicode intact', () => {
    const text = 'Où est-ce que tu te sens en sécurité? 🌿 — 心';
    expect(decodeQuestionLink(`#${encodeQuestion({ text })}`)).toEqual({ ok: true, payload: { text } });
  });

  it('is compact: a 1,000-character question fits comfortably in a QR code', () => {
    const text = 'Think about the week and what you noticed. '.repeat(30).slice(0, 1000);
    const fragment = encodeQuestion({ ...full, text, followUps: ['a'.repeat(300), 'b'.repeat(300)] });
    expect(fragment.length).toBeLessThan(2000);
    expect(decodeQuestionLink(fragment).ok).toBe(true);
  });

  it('finds the link inside a pasted message, even with a full stop after it', () => {
    const message = `Hi! Here is this week's question: ${questionLink(full, 'https://b.example')}. See you Thursday.`;
    expect(decodeQuestionLink(message)).toEqual({ ok: true, payload: full });
  });

  it('says which kind of problem a bad link has', () => {
    const link = questionLink(full, 'https://between.example');
    expect(reason(decodeQuestionLink(''))).toBe('empty');
    expect(reason(decodeQuestionLink('https://example.com/some/page'))).toBe('notBetween');
    expect(reason(decodeQuestionLink(link.replace('#v1.', '#v2.')))).toBe('wrongVersion');
    expect(reason(decodeQuestionLink(link.slice(0, -6)))).toBe('damaged');
    expect(reason(decodeQuestionLink(link.slice(0, 40)))).toBe('damaged');
    expect(reason(decodeQuestionLink(`${link.slice(0, -1)}*`))).toBe('damaged');
    expect(reason(decodeQuestionLink('x'.repeat(limits.inputChars + 1)))).toBe('tooLarge');
  });

  it('catches a single changed character anywhere in the data (checksum)', () => {
    const link = questionLink(full, 'https://between.example');
    const start = link.indexOf('#v1.') + 4;
    let caught = 0;
    for (let i = start; i < link.length; i += 1) {
      const swapped = link[i] === 'A' ? 'B' : 'A';
      const result = decodeQuestionLink(link.slice(0, i) + swapped + link.slice(i + 1));
      if (!result.ok || JSON.stringify(result.payload) === JSON.stringify(full)) caught += 1;
    }
    expect(caught).toBe(link.length - start);
  });

  it('refuses a payload that inflates beyond the size cap, without building it', () => {
    const huge = JSON.stringify({ q: 'Hi', pad: ' '.repeat(limits.decodedBytes * 50) });
    const link = rawLink(huge);
    expect(link.length).toBeLessThan(2000);
    expect(reason(decodeQuestionLink(link))).toBe('tooLarge');
  });

  it('checks every field of a readable payload', () => {
    const ok = (json: unknown) => reason(decodeQuestionLink(rawLink(JSON.stringify(json))));
    expect(ok({ q: 'Fine', f: ['One'], d: '2026-12-01', n: 'Sam' })).toBe('ok');
    expect(ok({ q: '   ' })).toBe('content');
    expect(ok({ q: 'x'.repeat(limits.text + 1) })).toBe('content');
    expect(ok({ q: 'x'.repeat(limits.text) })).toBe('ok');
    expect(ok({ q: 'Hi', f: ['1', '2', '3', '4', '5', '6'] })).toBe('content');
    expect(ok({ q: 'Hi', f: 'one' })).toBe('content');
    expect(ok({ q: 'Hi', f: [1] })).toBe('content');
    expect(ok({ q: 'Hi', d: '2026-02-30' })).toBe('content');
    expect(ok({ q: 'Hi', d: 20261201 })).toBe('content');
    expect(ok({ q: 'Hi', n: 'x'.repeat(limits.from + 1) })).toBe('content');
    expect(ok(['Hi'])).toBe('content');
    expect(ok(null)).toBe('content');
    expect(reason(decodeQuestionLink(rawLink('{"q":"Hi"')))).toBe('damaged');
  });

  it('renders nothing as markup: script-looking text stays text', () => {
    const text = '<img src=x onerror=alert(1)> [click](javascript:alert(1))';
    expect(decodeQuestionLink(encodeQuestion({ text }))).toEqual({ ok: true, payload: { text } });
  });
});

describe('reading what the client pasted', () => {
  it('takes plain words as the question itself, with no sender', () => {
    expect(readImportInput('  What felt easier this week?  ')).toEqual({
      ok: true,
      source: 'text',
      payload: { text: 'What felt easier this week?' },
    });
    expect(readImportInput('x'.repeat(limits.text + 1))).toEqual({ ok: false, reason: 'textTooLong' });
    expect(readImportInput('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('decodes links and reports links from elsewhere', () => {
    expect(readImportInput(questionLink(full, 'https://b.example'))).toEqual({ ok: true, source: 'link', payload: full });
    expect(readImportInput('https://example.com/hello')).toEqual({ ok: false, reason: 'notBetween' });
  });
});

describe('decoder robustness (property)', () => {
  const isTyped = (r: DecodeResult) =>
    r.ok ? typeof r.payload.text === 'string' : ['empty', 'notBetween', 'wrongVersion', 'damaged', 'tooLarge', 'content'].includes(r.reason);

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string().map((s) => `#v1.${s}`)), (input) => {
        expect(isTyped(decodeQuestionLink(input))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutated valid links; survivors are still valid questions', () => {
    const payloadArb = fc.record(
      {
        text: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== ''),
        followUps: fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), { maxLength: 5 }),
        from: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
      },
      { requiredKeys: ['text'] },
    );
    const mutation = fc.record({ at: fc.nat(), len: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(payloadArb, mutation, (payload, m) => {
        const link = questionLink(payload, 'https://b.example');
        const at = m.at % link.length;
        const mutated = link.slice(0, at) + m.insert + link.slice(at + m.len);
        const result = decodeQuestionLink(mutated);
        expect(isTyped(result)).toBe(true);
        if (result.ok) {
          expect(result.payload.text.length).toBeLessThanOrEqual(limits.text);
          expect((result.payload.followUps ?? []).length).toBeLessThanOrEqual(limits.followUps);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('round-trips any valid payload', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: limits.text }).filter((s) => s.trim() !== ''), (text) => {
        expect(decodeQuestionLink(encodeQuestion({ text }))).toEqual({ ok: true, payload: { text: text.trim() } });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on non-string input', () => {
    for (const input of [undefined, null, 42, {}, []]) expect(decodeQuestionLink(input).ok).toBe(false);
  });
});
