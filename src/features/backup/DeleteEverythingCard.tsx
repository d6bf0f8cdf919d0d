import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { TextField } from '../../ui/Field';
import { forgetLock } from '../lock/lockService';
import { deleteEverything } from './backup.repo';

/** Typed confirmation, then nothing of the person's stays on the device. */
export function DeleteEverythingCard() {
  const word = t('backup.delete.word');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim().toLocaleLowerCase() !== word.toLocaleLowerCase()) {
      setError(t('backup.delete.mismatch', { word }));
      return;
    }
    await deleteEverything();
    forgetLock();
    localStorage.clear();
    sessionStorage.clear();
    setTyped('');
    setError(undefined);
    setDone(true);
  }

  return (
    <Card title={t('backup.delete.title')}>
      <p>{t('backup.delete.body')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          label={t('backup.delete.confirm', { word })}
          value={typed}
          autoComplete="off"
          error={error}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit" className="button danger">
          {t('backup.delete.button')}
        </button>
      </form>
      <p role="status" className="status-line">
        {done ? t('backup.delete.done') : ''}
      </p>
    </Card>
  );
}
