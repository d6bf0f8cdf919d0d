import { describe, expect, it } from 'vitest';
import { createRecordCipher } from '../../../src/db/seal/recordCipher';

const enc = new TextEncoder();

function hex(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));
}

describe('record cipher (AES-256-GCM)', () => {
  it('round-trips and binds the additional data', () => {
    const cipher = createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
    const sealed = cipher.seal(enc.encode('hello'), enc.encode('journalEntries\u0000"a"'));
    expect(new TextDecoder().decode(cipher.open(sealed, enc.encode('journalEntries\u0000"a"')))).toBe('hello');
    expect(() => cipher.open(sealed, enc.encode('journalEntries\u0000"b"'))).toThrow();
  });

  it('detects any flipped byte', () => {
    const cipher = createRecordCipher(new Uint8Array(32).fill(7));
    const aad = enc.encode('x');
    const sealed = cipher.seal(enc.encode('a sentence worth keeping'), aad);
    for (const i of [1, 13, sealed.length - 1]) {
      const bad = sealed.slice();
      bad[i] = (bad[i] ?? 0) ^ 1;
      expect(() => cipher.open(bad, aad)).toThrow();
    }
  });

  it('matches the NIST GCM test vector (AES-256, test case 16) when given its IV', async () => {
    // McGrew & Viega GCM spec, test case 16: 256-bit key, 96-bit IV, 60-byte plaintext, 20-byte AAD.
    const key = hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
    const iv = hex('cafebabefacedbaddecaf888');
    const plain = hex(
      'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    );
    const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
    const expected =
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
      '76fc6ece0f4e1768cddf8853bb2d551b';
    // The same algorithm through WebCrypto, and our format's body, agree with the published answer.
    const webKey = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
    const web = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, webKey, plain));
    expect(Buffer.from(web).toString('hex')).toBe(expected);
    const cipher = createRecordCipher(key);
    const sealed = new Uint8Array(1 + 12 + web.length);
    sealed[0] = 1;
    sealed.set(iv, 1);
    sealed.set(web, 13);
    expect(Buffer.from(cipher.open(sealed, aad)).toString('hex')).toBe(Buffer.from(plain).toString('hex'));
  });

  it('never reuses an IV across 100,000 seals', () => {
    const cipher = createRecordCipher(new Uint8Array(32).fill(1));
    const seen = new Set<string>();
    const plain = enc.encode('x');
    const aad = enc.encode('t');
    for (let i = 0; i < 100_000; i += 1) {
      const sealed = cipher.seal(plain, aad);
      seen.add(Buffer.from(sealed.subarray(1, 13)).toString('base64'));
    }
    expect(seen.size).toBe(100_000);
  }, 60_000);
});
