import { Suspense } from 'react';
import { t } from '../i18n';
import { UpdateNotice } from '../pwa/UpdateNotice';
import { useLock } from '../features/lock/useLock';
import { BottomNav } from './BottomNav';
import { ErrorBoundary } from './ErrorBoundary';
import { Link } from './Link';
import { NotFound } from './NotFound';
import { matchRoute, unlockRoute } from './routes';
import { useLocation } from './router';

/** Screens that hold none of the person's words and must work while locked. */
const openWhileLocked = new Set(['/help']);

export function App() {
  const location = useLocation();
  const lock = useLock();
  const route = matchRoute(location.pathname);
  const locked = lock.phase === 'locked' && !openWhileLocked.has(location.pathname);
  const Current = locked ? unlockRoute.component : (route?.component ?? NotFound);
  // Until the lock setting is read, show nothing of the person's.
  const ready = lock.phase !== 'checking';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <main id="main" className="main" tabIndex={-1}>
        <div className="main-inner">
          <ErrorBoundary resetKey={`${location.pathname}|${lock.phase}`}>
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              {ready ? <Current /> : <p className="loading">{t('app.loading')}</p>}
            </Suspense>
          </ErrorBoundary>
          {lock.phase === 'locked' && !locked ? (
            <p>
              <Link to="/">{t('app.backToUnlock')}</Link>
            </p>
          ) : null}
        </div>
      </main>
      <div className="bottom-bar">
        <UpdateNotice />
        {lock.phase === 'locked' ? null : <BottomNav active={route?.tab} />}
      </div>
    </div>
  );
}
