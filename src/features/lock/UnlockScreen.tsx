import { useState, type FormEvent } from 'react';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { TextField } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { DeleteEverythingCard } from '../backup/DeleteEverythingCard';
import { WrongSecretError } from './keys';
import { unlockWithPassphrase, unlockWithRecoveryKey } from './lockService';

type Mode = 'passphrase' | 'recovery';

/** Shown instead of every screen (except crisis help) while Between is locked. */
export default function UnlockScreen() {
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy || secret.trim() === '') return;
    setBusy(true);
    setError(undefined);
    try {
      if (mode === 'passphrase') {
        await unlockWithPassphrase(secret);
      } else {
        await unlockWithRecoveryKey(secret);
        navigate('/settings/lock?recovered=1', { replace: true });
      }
    } catch (problem) {
      if (problem instanceof WrongSecretError) {
        setError(t(mode === 'passphrase' ? 'lock.wrongPassphrase' : 'lock.wrongRecovery'));
      } else {
        setError(t('lock.problem'));
      }
      setBusy(false);
    }
  }

  function switchMode() {
    setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
    setSecret('');
    setError(undefined);
  }

  return (
    <Screen title={t('lock.locked.title')} lead={t('lock.locked.lead')}>
      <form className="card" onSubmit={(e) => void onSubmit(e)} noValidate>
        {mode === 'passphrase' ? (
          <TextField
            key="passphrase"
            label={t('lock.passphrase')}
            type="password"
            autoComplete="current-password"
            value={secret}
            error={error}
            onChange={(e) => setSecret(e.target.value)}
          />
        ) : (
          <TextField
            key="recovery"
            label={t('lock.recoveryField')}
            hint={t('lock.recoveryHint')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={secret}
            error={error}
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {mode === 'passphrase' ? t('lock.unlock') : t('lock.unlockRecovery')}
          </button>
          <button type="button" className="button" onClick={switchMode}>
            {mode === 'passphrase' ? t('lock.useRecovery') : t('lock.usePassphrase')}
          </button>
        </div>
        <p role="status" className="status-line">
          {busy ? t('lock.unlocking') : ''}
        </p>
      </form>
      <p>
        <Link to="/help">{t('lock.help')}</Link>
      </p>
      <details className="forgot">
        <summary>{t('lock.forgot.title')}</summary>
        <p>{t('lock.forgot.body')}</p>
        <DeleteEverythingCard />
      </details>
    </Screen>
  );
}
