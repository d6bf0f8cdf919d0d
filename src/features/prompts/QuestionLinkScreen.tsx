import { useState } from 'react';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { decodeQuestionLink, type DecodeResult } from './questionLink';
import { ImportProblem, QuestionPreview } from './QuestionPreview';
import './prompts.css';

/** Drop the payload from the address bar and history once it has been dealt with. */
function clearFragment(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname);
}

/** `/q#v1.…`: a therapist's link opened on this device. */
export default function QuestionLinkScreen() {
  // The fragment never reaches a server; read it once, when the screen opens.
  const [result] = useState<DecodeResult | null>(() => (window.location.hash.length > 1 ? decodeQuestionLink(window.location.hash) : null));
  return (
    <Screen title={t('q.title')}>
      {result === null ? (
        <div className="card">
          <p>{t('q.none')}</p>
        </div>
      ) : result.ok ? (
        <QuestionPreview
          payload={result.payload}
          onCancel={() => {
            clearFragment();
            navigate('/');
          }}
          onSaved={clearFragment}
        />
      ) : (
        <ImportProblem reason={result.reason} />
      )}
      {result?.ok ? null : (
        <p>
          <Link to="/inbox/import">{t('import.title')}</Link>
        </p>
      )}
    </Screen>
  );
}
