import { useCallback, useEffect, useState } from 'react';
import { Link } from '../../app/Link';
import { navigate, useLocation } from '../../app/router';
import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { UndoToast } from '../../ui/UndoToast';
import { AddToPastSelfList } from './AddToPastSelfList';
import { formatDay, sealLine } from './format';
import { IntakeSummary } from './IntakeSummary';
import { ReadyLetters } from './ReadyLetters';
import { pastSelfActions, useIntake, useLetters, useWaitingNotes } from './usePastSelf';
import './pastself.css';

/** First line of an opened letter, as a preview. */
function preview(body: string): string {
  const line = body.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

export default function PastSelfScreen() {
  const intake = useIntake();
  const letters = useLetters();
  const notes = useWaitingNotes();
  const [removed, setRemoved] = useState<string | null>(null);
  // Deleting on a letter's page lands here with ?deletedLetter=<id> so Undo is offered.
  const { search } = useLocation();
  const [deletedLetter, setDeletedLetter] = useState<string | null>(() => new URLSearchParams(search).get('deletedLetter'));
  const closeLetterToast = useCallback(() => setDeletedLetter(null), []);
  useEffect(() => {
    if (new URLSearchParams(search).has('deletedLetter')) navigate('/past-self', { replace: true });
  }, [search]);
  const ready = letters?.letters.filter((l) => l.state === 'ready').map((l) => l.letter.id) ?? [];

  return (
    <Screen title={t('pastself.title')} lead={t('pastself.lead')}>
      <ReadyLetters ids={ready} />

      <section className="card" aria-labelledby="pastself-start">
        <h2 id="pastself-start">{t('pastself.start.title')}</h2>
        {intake ? <IntakeSummary intake={intake} /> : null}
        {intake === null ? <p>{t('pastself.start.none')}</p> : null}
        <div className="actions">
          <Link to="/past-self/intake" className="button">
            {intake ? t('pastself.start.revisit') : t('pastself.start.begin')}
          </Link>
        </div>
      </section>

      <section className="card" aria-labelledby="pastself-notes">
        <h2 id="pastself-notes">{t('pastself.notes.title')}</h2>
        {notes && notes.length > 0 ? (
          <ul className="pastself-notes">
            {notes.map((n) => (
              <li key={n.id}>
                <span>{n.text}</span>
                <button
                  type="button"
                  className="button"
                  aria-label={t('pastself.notes.removeLabel', { text: n.text })}
                  onClick={() => void pastSelfActions.removeNote(n.id).then(() => setRemoved(n.id))}
                >
                  {t('pastself.notes.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('pastself.notes.none')}</p>
        )}
        <AddToPastSelfList />
      </section>

      <section aria-labelledby="pastself-letters">
        <h2 id="pastself-letters">{t('pastself.letters.title')}</h2>
        <div className="actions">
          <Link to="/past-self/letters/new" className="button primary">
            {t('pastself.letters.write')}
          </Link>
        </div>
        {letters && letters.letters.length === 0 ? <p>{t('pastself.letters.none')}</p> : null}
        <ul className="link-list">
          {letters?.letters.map(({ letter, state }) => (
            <li key={letter.id}>
              {state === 'sealed' && letter.sealedUntil ? (
                <div className="pastself-sealed-item">
                  <strong>{t('pastself.letters.sealed')}</strong>
                  <span className="hint">{sealLine(letter.sealedUntil)}</span>
                </div>
              ) : (
                <Link to={`/past-self/letters/${encodeURIComponent(letter.id)}`}>
                  <strong>{state === 'ready' ? t('pastself.letters.ready') : t('letter.written', { date: formatDay(letter.day) })}</strong>
                  <span className="hint">{state === 'ready' ? t('letter.written', { date: formatDay(letter.day) }) : preview(letter.body)}</span>
                </Link>
              )}
              <button
                type="button"
                className="button pastself-letter-delete"
                aria-label={t('pastself.letters.deleteLabel', { date: formatDay(letter.day) })}
                onClick={() => void pastSelfActions.deleteLetter(letter.id).then(() => setDeletedLetter(letter.id))}
              >
                {t('pastself.letters.delete')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {removed ? (
        <UndoToast
          message={t('pastself.notes.removed')}
          undoLabel={t('pastself.undo')}
          onUndo={() => void pastSelfActions.restoreNote(removed)}
          onClose={() => setRemoved(null)}
        />
      ) : null}
      {deletedLetter ? (
        <UndoToast
          key={deletedLetter}
          message={t('pastself.letters.deleted')}
          undoLabel={t('pastself.undo')}
          onUndo={() => void pastSelfActions.restoreLetter(deletedLetter)}
          onClose={closeLetterToast}
        />
      ) : null}
    </Screen>
  );
}
