import { TextField } from './Field';

const MIN_PASSPHRASE = 8;

export interface PassphraseErrors {
  passphrase?: string | undefined;
  confirm?: string | undefined;
}

/** The first problem with a new passphrase and its repeat, in the caller's words; empty when fine. */
export function checkNewPassphrase(
  passphrase: string,
  confirm: string,
  messages: { tooShort: string; mismatch: string },
): PassphraseErrors {
  if (passphrase.length < MIN_PASSPHRASE) return { passphrase: messages.tooShort };
  if (confirm !== passphrase) return { confirm: messages.mismatch };
  return {};
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some(Boolean);
}

interface Props {
  labels: { passphrase: string; hint: string; confirm: string };
  passphrase: string;
  confirm: string;
  errors: PassphraseErrors;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
}

/** A new passphrase typed twice (backups, app lock). */
export function NewPassphraseFields({ labels, passphrase, confirm, errors, onPassphrase, onConfirm }: Props) {
  return (
    <>
      <TextField
        label={labels.passphrase}
        hint={labels.hint}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        error={errors.passphrase}
        onChange={(e) => onPassphrase(e.target.value)}
      />
      <TextField
        label={labels.confirm}
        type="password"
        autoComplete="new-password"
        value={confirm}
        error={errors.confirm}
        onChange={(e) => onConfirm(e.target.value)}
      />
    </>
  );
}
