import { useEffect, useRef } from 'react';
import { t } from '../../i18n';
import { navigate, useLocation } from '../../app/router';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { readSharedText } from './sharedText';
import { keepSharedText, useNewEntryDraft } from './useNewEntryDraft';

export default function NewEntryScreen() {
  const { search } = useLocation();
  const draft = useNewEntryDraft();
  const handled = useRef<string | null>(null);

  useEffect(() => {
    const shared = readSharedText(search);
    if (!shared || handled.current === search) return;
    handled.current = search;
    // Keep the words first, then drop them from the address so a reload cannot add them twice.
    void keepSharedText(shared).then(() => navigate('/journal/new', { replace: true }));
  }, [search]);

  const text = draft ? [draft.title, draft.body].filter(Boolean).join('\n\n') : '';
  return (
    <Screen title={t('journal.new.title')}>
      {text ? (
        <div className="card">
          <p>{t('journal.new.kept')}</p>
          <label htmlFor="shared-draft">{t('journal.new.draftLabel')}</label>
          <textarea id="shared-draft" readOnly rows={8} value={text} />
        </div>
      ) : null}
      <EmptyState title={t('journal.empty.title')}>
        <p>{t('journal.new.soon')}</p>
      </EmptyState>
    </Screen>
  );
}
