import { useState, type ChangeEvent } from 'react';
import { t, type MessageKey } from '../../i18n';
import { Card } from '../../ui/Card';
import { TextField } from '../../ui/Field';
import { useCounts } from '../storage/useCounts';
import type { BackupFile } from './backupFile';
import { MAX_BACKUP_BYTES } from './backupFile';
import { inspectBackup, problemOf, restoreBackup, type RestoreMode } from './backupService';
import { CountsList } from '../../ui/CountsList';

export function RestoreCard() {
  const [file, setFile] = useState<BackupFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<{ key: MessageKey; vars?: Record<string, number> } | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const here = useCounts();

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    setFile(null);
    setMessage(null);
    setConfirmReplace(false);
    const picked = event.target.files?.[0];
    if (!picked) return;
    try {
      if (picked.size > MAX_BACKUP_BYTES) throw Object.assign(new Error('too large'), { name: 'TooLarge' });
      setFile(inspectBackup(await picked.text()));
    } catch (error) {
      const problem = (error as Error).name === 'TooLarge' ? 'tooLarge' : problemOf(error);
      setMessage({ key: `backup.problem.${problem}` });
    }
  }

  async function restore(mode: RestoreMode) {
    if (!file) return;
    setBusy(true);
    try {
      const result = await restoreBackup(file, mode, passphrase || undefined);
      setMessage(
        result === 'replaced'
          ? { key: 'backup.restore.replaced' }
          : { key: 'backup.restore.merged', vars: { added: result.added, updated: result.updated } },
      );
      setFile(null);
    } catch (error) {
      setMessage({ key: `backup.problem.${problemOf(error)}` });
    } finally {
      setBusy(false);
      setConfirmReplace(false);
    }
  }

  return (
    <Card title={t('backup.restore.title')}>
      <div className="field">
        <label htmlFor="backup-file">{t('backup.restore.file')}</label>
        <input id="backup-file" type="file" accept=".json,application/json" onChange={(e) => void onPick(e)} />
      </div>
      {file ? (
        <div className="restore-preview">
          <p>
            {t('backup.restore.preview', { date: new Date(file.createdAt).toLocaleString() })}{' '}
            {file.encryption ? t('backup.restore.encrypted') : null}
          </p>
          <div className="compare">
            <CountsList title={t('backup.restore.holds')} counts={file.counts} />
            <CountsList title={t('backup.restore.here')} counts={here} />
          </div>
          {file.encryption ? (
            <TextField
              label={t('backup.restore.passphrase')}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          ) : null}
          <p className="field-hint">{t('backup.restore.mergeHint')}</p>
          <div className="actions">
            <button type="button" className="button primary" disabled={busy} onClick={() => void restore('merge')}>
              {t('backup.restore.merge')}
            </button>
            {confirmReplace ? (
              <button type="button" className="button" disabled={busy} onClick={() => void restore('replace')}>
                {t('backup.restore.replaceConfirm')}
              </button>
            ) : (
              <button type="button" className="button" disabled={busy} onClick={() => setConfirmReplace(true)}>
                {t('backup.restore.replace')}
              </button>
            )}
          </div>
          {confirmReplace ? <p className="field-hint">{t('backup.restore.replaceHint')}</p> : null}
        </div>
      ) : null}
      <p role="status" className="status-line">
        {busy ? t('backup.restore.working') : message ? t(message.key, message.vars) : ''}
      </p>
    </Card>
  );
}
