import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n';
import { safeReload } from '../pwa/flush';

interface State {
  failed: boolean;
}

/** Keeps one broken screen from blanking the whole app. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <button type="button" className="button primary" onClick={() => void safeReload()}>
          {t('error.reload')}
        </button>
      </div>
    );
  }
}
