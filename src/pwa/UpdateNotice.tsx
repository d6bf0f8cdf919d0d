import { useState } from 'react';
import { t } from '../i18n';
import { Notice } from '../ui/Notice';
import { useStore } from './store';
import { applyWaitingUpdate, offlineReady, reloadNeeded, updateState } from './register';
import { safeReload } from './flush';
import { storageFull } from './storageErrors';

/** Notices about the app itself (space, versions). None of them ever reloads without a tap. */
export function UpdateNotice() {
  const update = useStore(updateState);
  const stale = useStore(reloadNeeded);
  const ready = useStore(offlineReady);
  const [laterDismissed, setLaterDismissed] = useState(false);
  const full = useStore(storageFull);

  if (full) {
    return (
      <Notice
        role="alert"
        label={t('storage.full.label')}
        actions={
          <button type="button" className="button" onClick={() => storageFull.set(false)}>
            {t('offline.dismiss')}
          </button>
        }
      >
        {t('storage.full.body')}
      </Notice>
    );
  }

  if (stale) {
    return (
      <Notice
        label={t('otherTab.action')}
        actions={
          <button type="button" className="button primary" onClick={() => void safeReload()}>
            {t('otherTab.action')}
          </button>
        }
      >
        {t('otherTab.body')}
      </Notice>
    );
  }
  if (update !== 'idle' && !laterDismissed) {
    const applying = update === 'applying';
    return (
      <Notice
        label={t('update.action')}
        actions={
          <>
            <button
              type="button"
              className="button primary"
              disabled={applying}
              onClick={() => void applyWaitingUpdate()}
            >
              {t('update.action')}
            </button>
            <button type="button" className="button" disabled={applying} onClick={() => setLaterDismissed(true)}>
              {t('update.later')}
            </button>
          </>
        }
      >
        {applying ? t('update.saving') : t('update.ready')}
      </Notice>
    );
  }
  if (ready) {
    return (
      <Notice
        label={t('offline.ready')}
        actions={
          <button type="button" className="button" onClick={() => offlineReady.set(false)}>
            {t('offline.dismiss')}
          </button>
        }
      >
        {t('offline.ready')}
      </Notice>
    );
  }
  return null;
}
