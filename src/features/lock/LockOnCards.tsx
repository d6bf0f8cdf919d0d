import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { TextField } from '../../ui/Field';
import { settingsRepo } from '../settings/settings.repo';
import { useSetting } from '../settings/useSettings';
import { WrongSecretError } from './keys';
import { changePassphrase, lockNow, setIdleMinutes, setNewPassphrase, turnOffLock } from './lockService';
import { checkLockPassphrase, hasErrors, lockPassphraseLabels, NewPassphraseFields, type PassphraseErrors } from './passphrase';
import { PassProgress } from './PassProgress';

const IDLE_CHOICES = [1, 2, 5, 10, 15, 30];

export function LockNowCard() {
  const minutes = useSetting('lockIdleMinutes');
  const [status, setStatus] = useState('');
  async function onIdle(value: number) {
    await settingsRepo.set('lockIdleMinutes', value);
    setIdleMinutes(value);
    setStatus(t('lock.idle.saved'));
  }
  return (
    <Card title={t('lock.on.title')}>
      <p>{t('lock.on.body')}</p>
      <div className="field">
        <label htmlFor="lock-idle">{t('lock.idle.label')}</label>
        <select id="lock-idle" value={minutes} onChange={(e) => void onIdle(Number(e.target.value))}>
          {IDLE_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n === 1 ? t('lock.idle.oneMinute') : t('lock.idle.minutes', { count: n })}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void lockNow()}>
          {t('lock.lockNow')}
        </button>
      </div>
    </Card>
  );
}

/** Change the passphrase (current one needed), or set a new one after a recovery-key unlock. */
export function ChangePassphraseCard({ recovered }: { recovered: boolean }) {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<PassphraseErrors & { current?: string }>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next = checkLockPassphrase(passphrase, confirm);
    setErrors(next);
    if (hasErrors(next) || busy) return;
    setBusy(true);
    setStatus('');
    try {
      if (recovered) await setNewPassphrase(passphrase);
      else await changePassphrase(current, passphrase);
      setCurrent('');
      setPassphrase('');
      setConfirm('');
      setStatus(t('lock.change.done'));
    } catch (problem) {
      if (problem instanceof WrongSecretError) setErrors({ current: t('lock.wrongPassphrase') });
      else setStatus(t('lock.problem'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={recovered ? t('lock.recovered.title') : t('lock.change.title')}>
      {recovered ? <p>{t('lock.recovered.body')}</p> : null}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {recovered ? null : (
          <TextField
            label={t('lock.change.current')}
            type="password"
            autoComplete="current-password"
            value={current}
            error={errors.current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        )}
        <NewPassphraseFields
          labels={lockPassphraseLabels(t('lock.change.next'))}
          passphrase={passphrase}
          confirm={confirm}
          errors={errors}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {recovered ? t('lock.recovered.button') : t('lock.change.button')}
          </button>
        </div>
        <p role="status" className="status-line">
          {busy ? t('lock.unlocking') : status}
        </p>
      </form>
    </Card>
  );
}

export function TurnOffLockCard() {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setError(undefined);
    try {
      // Once off, the screen says "Lock is off." and offers to turn it on again.
      await turnOffLock(passphrase);
    } catch (problem) {
      if (problem instanceof WrongSecretError) setError(t('lock.wrongPassphrase'));
      else setStatus(t('lock.problem'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('lock.off.turnOffTitle')}>
      <p>{t('lock.off.turnOffBody')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          label={t('lock.passphrase')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          error={error}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('lock.turnOff')}
          </button>
        </div>
        <PassProgress />
        <p role="status" className="status-line">
          {status}
        </p>
      </form>
    </Card>
  );
}
