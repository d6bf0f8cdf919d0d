import { describe, expect, it } from 'vitest';
import type { LockConfig } from '../../../../src/db';
import {
  newDataKey,
  newRecoveryKey,
  parseRecoveryKey,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
  WrongSecretError,
} from '../../../../src/features/lock/keys';

const FAST = 1_000;

async function configFor(key: Uint8Array<ArrayBuffer>, passphrase: string, recovery: string): Promise<LockConfig> {
  return {
    version: 1,
    status: 'on',
    ...(await wrapWithPassphrase(key, passphrase, FAST)),
    byRecoveryKey: await wrapWithRecoveryKey(key, recovery),
    createdAt: '2026-11-29T09:30:00.000Z',
  };
}

describe('lock keys', () => {
  it('unwraps the same data key with the passphrase or the recovery key, and nothing else', async () => {
    const key = newDataKey();
    const recovery = newRecoveryKey();
    const config = await configFor(key, 'correct horse battery', recovery);
    expect(await unwrapWithPassphrase(config, 'correct horse battery')).toEqual(key);
    expect(await unwrapWithRecoveryKey(config, recovery)).toEqual(key);
    await expect(unwrapWithPassphrase(config, 'correct horse batterY')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(unwrapWithRecoveryKey(config, newRecoveryKey())).rejects.toBeInstanceOf(WrongSecretError);
    await expect(unwrapWithRecoveryKey(config, 'not a key')).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('stores the KDF parameters and never the data key in the clear', async () => {
    const key = newDataKey();
    const config = await configFor(key, 'pass phrase here', newRecoveryKey());
    expect(config.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: FAST });
    const stored = JSON.stringify(config);
    expect(stored).not.toContain(btoa(String.fromCharCode(...key)));
  });

  it('a tampered wrapped key does not open', async () => {
    const config = await configFor(newDataKey(), 'pass phrase here', newRecoveryKey());
    const data = config.byPassphrase.data;
    const flipped = (data[0] === 'A' ? 'B' : 'A') + data.slice(1);
    await expect(
      unwrapWithPassphrase({ ...config, byPassphrase: { ...config.byPassphrase, data: flipped } }, 'pass phrase here'),
    ).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('recovery keys are 8 groups of 4 and read back forgivingly', () => {
    const text = newRecoveryKey();
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const bytes = parseRecoveryKey(text);
    expect(bytes).toHaveLength(20);
    expect(parseRecoveryKey(` ${text.toLowerCase().replace(/-/g, ' ')} `)).toEqual(bytes);
    expect(parseRecoveryKey(text.replace(/0/g, 'O').replace(/1/g, 'l'))).toEqual(bytes);
    expect(parseRecoveryKey(text.slice(0, -1))).toBeUndefined();
    expect(parseRecoveryKey(text.slice(0, -1) + 'U')).toBeUndefined();
  });

  it('round-trips known bytes through the written form', () => {
    // 20 zero bytes → 32 zeros; 20 0xff bytes → 32 'Z's (the alphabet's last letter).
    expect(parseRecoveryKey('0000-0000-0000-0000-0000-0000-0000-0000')).toEqual(new Uint8Array(20));
    expect(parseRecoveryKey('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ')).toEqual(new Uint8Array(20).fill(255));
  });
});
