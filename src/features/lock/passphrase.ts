import { t } from '../../i18n';

export const MIN_PASSPHRASE = 8;

export interface PassphraseErrors {
  passphrase?: string;
  confirm?: string;
}

/** Kind, specific messages for a new passphrase and its repeat; empty when both are fine. */
export function checkNewPassphrase(passphrase: string, confirm: string): PassphraseErrors {
  if (passphrase.length < MIN_PASSPHRASE) return { passphrase: t('lock.tooShort') };
  if (confirm !== passphrase) return { confirm: t('lock.mismatch') };
  return {};
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some(Boolean);
}
