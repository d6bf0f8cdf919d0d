import { t } from '../../i18n';
import { TextField } from '../../ui/Field';
import type { PassphraseErrors } from './passphrase';

interface Props {
  passphrase: string;
  confirm: string;
  errors: PassphraseErrors;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
  label?: string;
}

/** A new passphrase typed twice, with the length hint. */
export function NewPassphraseFields({ passphrase, confirm, errors, onPassphrase, onConfirm, label }: Props) {
  return (
    <>
      <TextField
        label={label ?? t('lock.passphrase')}
        hint={t('lock.passphraseHint')}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        error={errors.passphrase}
        onChange={(e) => onPassphrase(e.target.value)}
      />
      <TextField
        label={t('lock.confirm')}
        type="password"
        autoComplete="new-password"
        value={confirm}
        error={errors.confirm}
        onChange={(e) => onConfirm(e.target.value)}
      />
    </>
  );
}
