import { navigate, useParams } from '../../app/router';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { SessionForm } from './SessionForm';
import { useSession } from './useSessions';
import './sessions.css';

export default function EditSessionScreen() {
  const params = useParams('/sessions/:id');
  const id = params?.id;
  const session = useSession(id);
  return (
    <Screen title={t('sessions.editTitle')}>
      {session === undefined ? null : session === null ? (
        <EmptyState title={t('sessions.missing.title')}>
          <p>{t('sessions.missing.body')}</p>
          <Link to="/sessions">{t('sessions.back')}</Link>
        </EmptyState>
      ) : (
        <div className="card">
          <SessionForm
            key={session.id}
            session={session}
            defaultDate={session.day}
            submitLabel={t('sessions.saveChanges')}
            onSaved={() => navigate('/sessions')}
          />
        </div>
      )}
    </Screen>
  );
}
