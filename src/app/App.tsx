import { Suspense } from 'react';
import { t } from '../i18n';
import { UpdateNotice } from '../pwa/UpdateNotice';
import { BottomNav } from './BottomNav';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { matchRoute } from './routes';
import { useLocation } from './router';

export function App() {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  const Current = route?.component ?? NotFound;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <main id="main" className="main" tabIndex={-1}>
        <div className="main-inner">
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <Current />
            </Suspense>
          </ErrorBoundary>
        </div>
      </main>
      <div className="bottom-bar">
        <UpdateNotice />
        <BottomNav active={route?.tab} />
      </div>
    </div>
  );
}
