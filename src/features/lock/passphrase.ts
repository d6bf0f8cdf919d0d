import { t } from '../../i18n';
import { checkNewPassphrase, type PassphraseErrors } from '../../ui/NewPassphraseFields';

export { hasErrors, NewPassphraseFields, type PassphraseErrors } from '../../ui/NewPassphraseFields';

/** The lock's wording for the new-passphrase pair. */
export function lockPassphraseLabels(label?: string): { passphrase: string; hint: string; confirm: string } {
  return { passphrase: label ?? t('lock.passphrase'), hint: t('lock.passphraseHint'), confirm: t('lock.confirm') };
}

export function checkLockPassphrase(passphrase: string, confirm: string): PassphraseErrors {
  return checkNewPassphrase(passphrase, confirm, { tooShort: t('lock.tooShort'), mismatch: t('lock.mismatch') });
}
