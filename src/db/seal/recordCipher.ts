/**
 * AES-256-GCM for records, synchronous on purpose: IndexedDB transactions end as
 * soon as they wait on anything else, so WebCrypto's promises cannot be used
 * inside one. @noble/ciphers is audited, dependency-free and loaded only when
 * lock is on. Each record gets a fresh random 96-bit IV.
 */
import { gcm } from '@noble/ciphers/aes.js';
import type { RecordCipher } from './state';

const FORMAT = 1;
const IV_BYTES = 12;

export function createRecordCipher(key: Uint8Array): RecordCipher {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes.');
  const dataKey = key.slice();
  return {
    seal(plain, aad) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const body = gcm(dataKey, iv, aad).encrypt(plain);
      const out = new Uint8Array(1 + IV_BYTES + body.length);
      out[0] = FORMAT;
      out.set(iv, 1);
      out.set(body, 1 + IV_BYTES);
      return out;
    },
    open(sealed, aad) {
      if (sealed[0] !== FORMAT || sealed.length < 1 + IV_BYTES + 16) throw new Error('Not a sealed record.');
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      return gcm(dataKey, iv, aad).decrypt(sealed.subarray(1 + IV_BYTES));
    },
    forget() {
      dataKey.fill(0);
    },
  };
}
