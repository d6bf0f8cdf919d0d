import { useState } from 'react';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { UndoToast } from '../../ui/UndoToast';
import { formatStart } from './format';
import { SessionForm } from './SessionForm';
import { sessionsRepo } from './sessions.repo';
import { useNextSession, useNumberedSessions } from './useSessions';
import './sessions.css';

export default function SessionsScreen() {
  const sessions = useNumberedSessions();
  const next = useNextSession();
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<{ id: string; number: number } | null>(null);
  const newestFirst = sessions ? [...sessions].reverse() : undefined;

  return (
    <Screen title={t('sessions.title')} lead={t('sessions.lead')}>
      <Card title={t('sessions.next.title')}>
        <p>{next ? t('sessions.next.when', { when: formatStart(next.startsAt) }) : t('sessions.next.none')}</p>
        {next?.bringUp ? <p className="session-bring">{t('sessions.bringUp', { text: next.bringUp })}</p> : null}
        <div className="actions">
          <Link to="/sessions/prep" className="button">
            {t('sessions.prepLink')}
          </Link>
          <Link to="/sessions/reviews" className="button">
            {t('sessions.reviewsLink')}
          </Link>
        </div>
      </Card>
      <section className="card" aria-labelledby="session-add">
        <h2 id="session-add">{t('sessions.add.title')}</h2>
        <p className="field-hint">{t('sessions.add.hint')}</p>
        <SessionForm
          defaultDate={todayLocal()}
          submitLabel={t('sessions.add.save')}
          onSaved={(s) => setStatus(t('sessions.add.saved', { when: formatStart(s.startsAt) }))}
        />
        <p role="status" className="session-status">
          {status}
        </p>
      </section>
      {newestFirst && newestFirst.length === 0 ? (
        <EmptyState title={t('sessions.empty.title')}>
          <p>{t('sessions.empty.body')}</p>
        </EmptyState>
      ) : null}
      {newestFirst && newestFirst.length > 0 ? (
        <section aria-labelledby="session-list">
          <h2 id="session-list">{t('sessions.list.title')}</h2>
          <ol className="session-list" reversed>
            {newestFirst.map((s) => (
              <li key={s.id} className="card">
                <h3>{t('sessions.number', { number: s.number })}</h3>
                <p>{formatStart(s.startsAt)}</p>
                {s.bringUp ? <p>{t('sessions.bringUp', { text: s.bringUp })}</p> : null}
                {s.note ? <p>{t('sessions.note', { text: s.note })}</p> : null}
                <div className="actions">
                  <Link to={`/sessions/${encodeURIComponent(s.id)}`} className="button" aria-label={t('sessions.editLabel', { number: s.number })}>
                    {t('sessions.edit')}
                  </Link>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('sessions.deleteLabel', { number: s.number })}
                    onClick={() => void sessionsRepo.softDelete(s.id).then(() => setDeleted({ id: s.id, number: s.number }))}
                  >
                    {t('sessions.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {deleted ? (
        <UndoToast
          message={t('sessions.deleted', { number: deleted.number })}
          undoLabel={t('sessions.undo')}
          onUndo={() => void sessionsRepo.restore(deleted.id)}
          onClose={() => setDeleted(null)}
        />
      ) : null}
    </Screen>
  );
}
