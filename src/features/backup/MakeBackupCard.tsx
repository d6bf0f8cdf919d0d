import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { checkNewPassphrase, hasErrors, NewPassphraseFields, type PassphraseErrors } from '../../ui/NewPassphraseFields';
import { canShareFiles, deliverFile, makeBackup, problemOf } from './backupService';
import { LastBackupLine } from './LastBackupLine';

export function MakeBackupCard() {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [plain, setPlain] = useState(false);
  const [errors, setErrors] = useState<PassphraseErrors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const shareable = canShareFiles();

  async function save(via: 'download' | 'share') {
    if (!plain) {
      const next = checkNewPassphrase(passphrase, confirm, {
        tooShort: t('backup.make.tooShort'),
        mismatch: t('backup.make.mismatch'),
      });
      setErrors(next);
      if (hasErrors(next)) return;
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
          <NewPassphraseFields
            labels={{
              passphrase: t('backup.make.passphrase'),
              hint: t('backup.make.passphraseHint'),
              confirm: t('backup.make.confirm'),
            }}
            passphrase={passphrase}
            confirm={confirm}
            errors={errors}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
          />
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
