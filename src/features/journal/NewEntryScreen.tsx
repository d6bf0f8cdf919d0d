import { navigate, useLocation } from '../../app/router';
import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { EntryEditor } from './EntryEditor';
import { useNewEntry } from './useJournalEditor';
import './journal.css';

const cleanAddress = () => navigate('/journal/new', { replace: true });

export default function NewEntryScreen() {
  const { search } = useLocation();
  const loaded = useNewEntry(search, cleanAddress);
  return (
    <Screen title={t('journal.new.title')}>
      {loaded ? <EntryEditor loaded={loaded} isNew /> : <p className="loading">{t('journal.loading')}</p>}
    </Screen>
  );
}
