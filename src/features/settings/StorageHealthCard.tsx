import { useCallback, useEffect, useState } from 'react';
import { locale, t, type MessageKey } from '../../i18n';
import { formatBytes } from '../../lib/format';
import { readStorageHealth, requestPersistence, type StorageHealth } from '../../pwa/persist';
import { Card } from '../../ui/Card';
import { CountsList } from '../../ui/CountsList';
import { LastBackupLine } from '../backup/LastBackupLine';
import { useCounts } from '../storage/useCounts';

/** Share of the quota in use above which we suggest a backup and some space. */
const NEARLY_FULL = 0.85;

function persistenceMessage(persisted: boolean | null): MessageKey {
  if (persisted === true) return 'settings.storage.persisted';
  if (persisted === false) return 'settings.storage.notPersisted';
  return 'settings.storage.unknown';
}

export function StorageHealthCard() {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  const counts = useCounts();
  const refresh = useCallback(() => {
    void readStorageHealth().then(setHealth);
  }, []);
  useEffect(refresh, [refresh]);

  return (
    <Card title={t('settings.storage.title')}>
      {health ? (
        <>
          <p>{t(persistenceMessage(health.persisted))}</p>
          {health.persisted === false ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => void requestPersistence().then(refresh)}
              >
                {t('settings.storage.askAgain')}
              </button>
            </p>
          ) : null}
          {health.usage !== null && health.quota && health.usage / health.quota > NEARLY_FULL ? (
            <p role="alert">{t('storage.nearlyFull')}</p>
          ) : null}
          <p>
            {health.usage !== null && health.quota !== null
              ? t('settings.storage.usage', {
                  used: formatBytes(health.usage, locale()),
                  quota: formatBytes(health.quota, locale()),
                })
              : t('settings.storage.usageUnknown')}
          </p>
        </>
      ) : (
        <p>{t('app.loading')}</p>
      )}
      <LastBackupLine />
      <CountsList title={t('settings.storage.counts')} counts={counts} />
    </Card>
  );
}
