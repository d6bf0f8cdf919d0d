import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installPreloadRecovery } from './app/preloadRecovery';
import { startLock } from './features/lock/lockStore';
import { setLocale } from './i18n';
import { startServiceWorker } from './pwa/register';
import { requestPersistence } from './pwa/persist';
import { watchOtherTabs } from './pwa/otherTabs';
import { watchStorageErrors } from './pwa/storageErrors';
import './app/styles.css';

setLocale(navigator.language);
// Read whether Between is locked before any screen reads records.
void startLock();
installPreloadRecovery();
watchOtherTabs();
watchStorageErrors();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

startServiceWorker();
// Notification taps and the once-a-minute reminder check work from any screen;
// loaded after the first paint so it stays out of the entry chunk.
void import('./features/reminders/device').then((module) => module.startReminderBridge());
void requestPersistence();
