/**
 * The lock's keys. A random 256-bit data key seals records; it is stored only
 * wrapped (AES-GCM) twice: under a key derived from the passphrase
 * (PBKDF2-SHA256, 600,000 iterations, random salt) and under the recovery key
 * (160 random bits, stretched with HKDF). Without one of the two secrets the
 * data key, and so every sealed record, cannot be recovered.
 */
import type { LockConfig, WrappedKey } from '../../db';
import { derivePassphraseKey, fromBase64, KDF_ITERATIONS, toBase64 } from '../../lib/webcrypto';

const encoder = new TextEncoder();
const PASSPHRASE_AAD = encoder.encode('between-lock-v1:passphrase');
const RECOVERY_AAD = encoder.encode('between-lock-v1:recovery');
const RECOVERY_BYTES = 20;
// Crockford's base32: no I, L, O or U, so a written-down key is hard to misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The passphrase or recovery key does not open the data key. */
export class WrongSecretError extends Error {
  constructor() {
    super('That does not unlock Between.');
    this.name = 'WrongSecretError';
  }
}

export function newDataKey(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(32));
}

async function wrap(dataKey: Uint8Array<ArrayBuffer>, kek: CryptoKey, aad: Uint8Array<ArrayBuffer>): Promise<WrappedKey> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, kek, dataKey);
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

async function unwrap(wrapped: WrappedKey, kek: CryptoKey, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const iv = fromBase64(wrapped.iv);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, kek, fromBase64(wrapped.data));
    return new Uint8Array(plain);
  } catch {
    throw new WrongSecretError();
  }
}

export async function wrapWithPassphrase(
  dataKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations = KDF_ITERATIONS,
): Promise<Pick<LockConfig, 'kdf' | 'byPassphrase'>> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kek = await derivePassphraseKey(passphrase, salt, iterations);
  return {
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) },
    byPassphrase: await wrap(dataKey, kek, PASSPHRASE_AAD),
  };
}

export async function unwrapWithPassphrase(config: LockConfig, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const kek = await derivePassphraseKey(passphrase, fromBase64(config.kdf.salt), config.kdf.iterations);
  return unwrap(config.byPassphrase, kek, PASSPHRASE_AAD);
}

// ---- recovery key ----

/** 160 random bits written as 8 groups of 4 characters, e.g. "7KQ2-…". */
export function newRecoveryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(RECOVERY_BYTES));
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

/** The recovery key's bytes, forgiving case, spaces, dashes and look-alike letters; undefined if malformed. */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> | undefined {
  const clean = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (clean.length !== (RECOVERY_BYTES * 8) / 5) return undefined;
  const bytes = new Uint8Array(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes[i] = (value >>> (bits - 8)) & 0xff;
      i += 1;
      bits -= 8;
    }
  }
  return bytes;
}

async function recoveryKek(recovery: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', recovery, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('between-recovery'), info: RECOVERY_AAD },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function wrapWithRecoveryKey(dataKey: Uint8Array<ArrayBuffer>, recoveryKey: string): Promise<WrappedKey> {
  const bytes = parseRecoveryKey(recoveryKey);
  if (!bytes) throw new WrongSecretError();
  return wrap(dataKey, await recoveryKek(bytes), RECOVERY_AAD);
}

export async function unwrapWithRecoveryKey(config: LockConfig, recoveryKey: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = parseRecoveryKey(recoveryKey);
  if (!bytes) throw new WrongSecretError();
  return unwrap(config.byRecoveryKey, await recoveryKek(bytes), RECOVERY_AAD);
}
