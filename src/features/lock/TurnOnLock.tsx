import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { newRecoveryKey } from './keys';
import { turnOnLock } from './lockService';
import { checkLockPassphrase, hasErrors, lockPassphraseLabels, NewPassphraseFields, type PassphraseErrors } from './passphrase';
import { PassProgress } from './PassProgress';
import { RecoveryKeyCard } from './RecoveryKeyCard';

type Step = 'passphrase' | 'recovery' | 'working';

interface ConfirmCheckProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** "I understand…" / "I have saved…": a checkbox that must be ticked, with its kind reminder. */
function ConfirmCheck({ label, checked, onChange, error, disabled = false }: ConfirmCheckProps) {
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
      <p className="field-error" role="alert">
        {error ?? ''}
      </p>
    </>
  );
}

/** Turning lock on: the warning and a passphrase, then the recovery key, then the pass. */
export function TurnOnLock() {
  const [step, setStep] = useState<Step>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<PassphraseErrors & { understood?: string; saved?: string }>({});
  const [recoveryKey] = useState(newRecoveryKey);
  const [status, setStatus] = useState('');

  function onPassphrase(event: FormEvent) {
    event.preventDefault();
    const next = { ...checkLockPassphrase(passphrase, confirm), understood: understood ? undefined : t('lock.understandMissing') };
    setErrors(next);
    if (!hasErrors(next)) setStep('recovery');
  }

  async function onTurnOn(event: FormEvent) {
    event.preventDefault();
    if (!saved) {
      setErrors({ saved: t('lock.recovery.savedMissing') });
      return;
    }
    setStep('working');
    setStatus('');
    try {
      // Once on, the screen shows the unlocked settings and says "Lock is on."
      await turnOnLock({ passphrase, recoveryKey });
    } catch {
      setStatus(t('lock.problem'));
      setStep('recovery');
    }
  }

  if (step === 'passphrase') {
    return (
      <Card title={t('lock.off.title')}>
        <p>{t('lock.off.what')}</p>
        <p className="notice-warning">{t('lock.off.warning')}</p>
        <form onSubmit={onPassphrase} noValidate>
          <NewPassphraseFields
            labels={lockPassphraseLabels()}
            passphrase={passphrase}
            confirm={confirm}
            errors={errors}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
          />
          <ConfirmCheck label={t('lock.understand')} checked={understood} onChange={setUnderstood} error={errors.understood} />
          <div className="actions">
            <button type="submit" className="button primary">
              {t('lock.continue')}
            </button>
          </div>
        </form>
      </Card>
    );
  }

  return (
    <>
      <RecoveryKeyCard recoveryKey={recoveryKey} />
      <form className="card" onSubmit={(e) => void onTurnOn(e)} noValidate>
        <ConfirmCheck
          label={t('lock.recovery.saved')}
          checked={saved}
          onChange={setSaved}
          error={errors.saved}
          disabled={step === 'working'}
        />
        <div className="actions">
          <button type="submit" className="button primary" disabled={step === 'working'}>
            {t('lock.turnOn')}
          </button>
          <button type="button" className="button" disabled={step === 'working'} onClick={() => setStep('passphrase')}>
            {t('lock.back')}
          </button>
        </div>
        <PassProgress />
        <p role="status" className="status-line">
          {status}
        </p>
      </form>
    </>
  );
}
