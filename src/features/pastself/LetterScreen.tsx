import { useEffect } from 'react';
import { Link } from '../../app/Link';
import { navigate, useParams } from '../../app/router';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { formatDay, sealLine } from './format';
import { pastSelfActions, useLetter } from './usePastSelf';
import './pastself.css';

export default function LetterScreen() {
  const { id = '' } = useParams('/past-self/letters/:id');
  const data = useLetter(id);
  const ready = data?.state === 'ready';

  // Reading a ready letter is what "opens" it, so Today stops announcing it.
  useEffect(() => {
    if (ready) void pastSelfActions.markOpened(id);
  }, [ready, id]);

  if (data === undefined) {
    return (
      <Screen title={t('letter.view.title')}>
        <p className="loading">{t('pastself.loading')}</p>
      </Screen>
    );
  }
  if (data === null) {
    return (
      <Screen title={t('letter.view.title')}>
        <EmptyState title={t('letter.missing.title')}>
          <p>{t('letter.missing.body')}</p>
          <Link to="/past-self" className="button">{t('letter.back')}</Link>
        </EmptyState>
      </Screen>
    );
  }
  const { letter, state } = data;
  return (
    <Screen title={t('letter.view.title')}>
      {state === 'sealed' && letter.sealedUntil ? (
        <div className="card pastself-sealed">
          <h2>{t('letter.sealed.title')}</h2>
          <p>{sealLine(letter.sealedUntil)}</p>
          <p>{t('letter.sealed.body')}</p>
        </div>
      ) : (
        <article className="card pastself-letter">
          <p className="field-hint">{t('letter.written', { date: formatDay(letter.day) })}</p>
          <p className="pastself-letter-body">{letter.body}</p>
        </article>
      )}
      <div className="actions">
        <Link to="/past-self" className="button">
          {t('letter.back')}
        </Link>
        <button
          type="button"
          className="button"
          onClick={() =>
            void pastSelfActions.deleteLetter(letter.id).then(() => navigate(`/past-self?deletedLetter=${encodeURIComponent(letter.id)}`))
          }
        >
          {t('letter.delete')}
        </button>
      </div>
    </Screen>
  );
}
