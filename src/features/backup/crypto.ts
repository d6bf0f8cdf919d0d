import { derivePassphraseKey, fromBase64, KDF_ITERATIONS, toBase64 } from '../../lib/webcrypto';

export { fromBase64, KDF_ITERATIONS, toBase64 } from '../../lib/webcrypto';

// Passphrase encryption for backups with audited WebCrypto primitives only:
// PBKDF2-SHA256 (600,000 iterations, OWASP 2023 guidance) → AES-GCM-256.
// Salt and IV are random per backup; the header is bound as additional data so
// a tampered header (counts, dates) fails to decrypt just like tampered content.

export interface EncryptionParams {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  cipher: 'AES-GCM-256';
  /** base64 */
  iv: string;
}

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function encryptText(
  plaintext: string,
  passphrase: string,
  additionalData: string,
  iterations = KDF_ITERATIONS,
): Promise<{ params: EncryptionParams; ciphertext: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await derivePassphraseKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(additionalData) },
    key,
    encoder.encode(plaintext),
  );
  return {
    params: { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), cipher: 'AES-GCM-256', iv: toBase64(iv) },
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
}

/** Throws DecryptError for a wrong passphrase or any tampering (AES-GCM cannot tell them apart). */
export async function decryptText(
  ciphertext: string,
  passphrase: string,
  params: EncryptionParams,
  additionalData: string,
): Promise<string> {
  const key = await derivePassphraseKey(passphrase, fromBase64(params.salt), params.iterations);
  try {
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(params.iv), additionalData: encoder.encode(additionalData) },
      key,
      fromBase64(ciphertext),
    );
    return new TextDecoder().decode(opened);
  } catch {
    throw new DecryptError();
  }
}

export class DecryptError extends Error {
  constructor() {
    super('The passphrase does not open this backup, or the file was changed.');
    this.name = 'DecryptError';
  }
}
