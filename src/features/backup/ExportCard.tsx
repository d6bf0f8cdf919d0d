import { useState } from 'react';
import { t } from '../../i18n';
import { toLocalDay } from '../../lib/days';
import { Card } from '../../ui/Card';
import { dumpAll } from './backup.repo';
import { deliverFile, problemOf } from './backupService';
import { csvZip, journalMarkdown } from './exports';

export function ExportCard() {
  const [status, setStatus] = useState('');

  async function run(kind: 'journal' | 'csv') {
    setStatus('');
    try {
      const tables = await dumpAll();
      const day = toLocalDay(new Date());
      const file =
        kind === 'journal'
          ? { name: `between-journal-${day}.md`, blob: new Blob([journalMarkdown(tables, day)], { type: 'text/markdown' }) }
          : { name: `between-data-${day}.zip`, blob: new Blob([csvZip(tables) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) };
      await deliverFile(file, 'download');
    } catch (error) {
      setStatus(t(problemOf(error) === 'storageFull' ? 'backup.problem.storageFull' : 'backup.problem.unknown'));
    }
  }

  return (
    <Card title={t('backup.export.title')}>
      <p>{t('backup.export.body')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void run('journal')}>
          {t('backup.export.journal')}
        </button>
        <button type="button" className="button" onClick={() => void run('csv')}>
          {t('backup.export.csv')}
        </button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </Card>
  );
}
