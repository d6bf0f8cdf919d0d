import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { TextField } from '../../ui/Field';
import { canShareFiles, deliverFile, makeBackup, problemOf } from './backupService';
import { LastBackupLine } from './LastBackupLine';

const MIN_PASSPHRASE = 8;

export function MakeBackupCard() {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [plain, setPlain] = useState(false);
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string }>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const shareable = canShareFiles();

  async function save(via: 'download' | 'share') {
    if (!plain) {
      const next: typeof errors = {};
      if (passphrase.length < MIN_PASSPHRASE) next.passphrase = t('backup.make.tooShort');
      else if (confirm !== passphrase) next.confirm = t('backup.make.mismatch');
      setErrors(next);
      if (next.passphrase || next.confirm) return;
    }
    setBusy(true);
    setStatus(t('backup.make.working'));
    try {
      const file = await makeBackup(plain ? undefined : passphrase);
      await deliverFile(file, via);
      setStatus(t('backup.make.done', { name: file.name }));
    } catch (error) {
      const problem = problemOf(error);
      setStatus(t(problem === 'storageFull' ? 'backup.problem.storageFull' : 'backup.problem.unknown'));
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save('download');
  }

  return (
    <Card title={t('backup.make.title')}>
      <LastBackupLine />
      <form onSubmit={onSubmit} noValidate>
        {plain ? null : (
          <>
            <TextField
              label={t('backup.make.passphrase')}
              hint={t('backup.make.passphraseHint')}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              error={errors.passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            <TextField
              label={t('backup.make.confirm')}
              type="password"
              autoComplete="new-password"
              value={confirm}
              error={errors.confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </>
        )}
        <label className="check">
          <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} />
          <span>{t('backup.make.plain')}</span>
        </label>
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('backup.make.save')}
          </button>
          {shareable ? (
            <button type="button" className="button" disabled={busy} onClick={() => void save('share')}>
              {t('backup.make.share')}
            </button>
          ) : null}
        </div>
      </form>
      <p role="status" className="status-line">
        {status}
      </p>
    </Card>
  );
}
