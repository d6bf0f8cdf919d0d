import { Link } from '../../app/Link';
import { useParams } from '../../app/router';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { EntryEditor } from './EntryEditor';
import { useLoadedEntry } from './useJournalEditor';
import './journal.css';

export default function EditEntryScreen() {
  const { id } = useParams('/journal/:id');
  const loaded = useLoadedEntry(id);
  return (
    <Screen title={t('journal.edit.title')}>
      {loaded === undefined ? <p className="loading">{t('journal.loading')}</p> : null}
      {loaded === null ? (
        <EmptyState title={t('journal.missing.title')}>
          <p>{t('journal.missing.body')}</p>
          <Link className="button" to="/journal">
            {t('journal.backToList')}
          </Link>
        </EmptyState>
      ) : null}
      {loaded ? <EntryEditor key={id} loaded={loaded} isNew={false} /> : null}
    </Screen>
  );
}
