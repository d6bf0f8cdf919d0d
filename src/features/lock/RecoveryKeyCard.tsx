import { useState } from 'react';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { downloadText } from '../../lib/download';

/** The recovery key, once, with ways to keep it outside the app. */
export function RecoveryKeyCard({ recoveryKey }: { recoveryKey: string }) {
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setStatus(t('lock.recovery.copied'));
    } catch {
      setStatus(t('lock.problem'));
    }
  }

  return (
    <Card title={t('lock.recovery.title')}>
      <p>{t('lock.recovery.body')}</p>
      <p className="recovery-key" role="group" aria-label={t('lock.recovery.keyLabel')}>
        <code>{recoveryKey}</code>
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('lock.recovery.copy')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText('between-recovery-key.txt', t('lock.recovery.fileText', { key: recoveryKey }), 'text/plain;charset=utf-8')
          }
        >
          {t('lock.recovery.download')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('lock.recovery.print')}
        </button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </Card>
  );
}
