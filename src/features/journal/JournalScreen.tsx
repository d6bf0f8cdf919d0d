import { format, parseISO } from 'date-fns';
import { useCallback, useDeferredValue, useEffect, useState } from 'react';
import { Link } from '../../app/Link';
import { navigate, useLocation } from '../../app/router';
import type { JournalEntry } from '../../db';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { UndoToast } from '../../ui/UndoToast';
import { EntryListItem } from './EntryListItem';
import { isFiltered, JournalFilters } from './JournalFilters';
import { useAllTags } from './useJournalEditor';
import { deleteEntry, groupByDay, undoDelete, useJournalList, type JournalFilter } from './useJournalList';
import './journal.css';

const PAGE = 50;

const dayHeading = (day: string): string => format(parseISO(day), 'EEEE d MMMM yyyy');

export default function JournalScreen() {
  const { search } = useLocation();
  const [filter, setFilter] = useState<JournalFilter>(() => ({
    query: '',
    prompt: new URLSearchParams(search).get('prompt') ?? undefined,
  }));
  const [limit, setLimit] = useState(PAGE);
  // Deleting from the editor lands here with ?deleted=<id> so Undo is offered.
  const [deleted, setDeleted] = useState<{ id: string; label: string } | undefined>(() => {
    const id = new URLSearchParams(search).get('deleted');
    return id ? { id, label: '' } : undefined;
  });
  const query = useDeferredValue(filter.query);
  const page = useJournalList({ ...filter, query }, limit);
  const tags = useAllTags() ?? [];

  useEffect(() => {
    if (new URLSearchParams(search).has('deleted')) navigate('/journal', { replace: true });
  }, [search]);

  const change = (patch: Partial<JournalFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  const closeToast = useCallback(() => setDeleted(undefined), []);

  async function remove(entry: JournalEntry, label: string) {
    await deleteEntry(entry.id);
    setDeleted({ id: entry.id, label });
  }

  const searching = query.trim() !== '' || isFiltered(filter);
  const entries = page?.entries ?? [];
  return (
    <Screen title={t('journal.title')}>
      <div className="actions journal-top">
        <Link className="button primary" to="/journal/new">
          {t('journal.write')}
        </Link>
        <Link className="button" to="/prompts">
          {t('journal.prompts')}
        </Link>
      </div>
      <div className="field journal-search">
        <label htmlFor="journal-search">{t('journal.search.label')}</label>
        <input
          id="journal-search"
          type="search"
          autoComplete="off"
          value={filter.query}
          onChange={(e) => change({ query: e.target.value })}
        />
      </div>
      <JournalFilters filter={filter} tags={tags} onChange={change} />
      <p className="visually-hidden" role="status">
        {page && searching ? t(page.hasMore ? 'journal.search.countMore' : 'journal.search.count', { n: entries.length }) : ''}
      </p>
      {page && entries.length === 0 && !searching ? (
        <EmptyState title={t('journal.empty.title')}>
          <p>{t('journal.empty.body')}</p>
        </EmptyState>
      ) : null}
      {page && entries.length === 0 && searching ? <p className="empty-body">{t('journal.search.none')}</p> : null}
      {groupByDay(entries).map((group) => (
        <section key={group.day} className="journal-day" aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`}>
            <time dateTime={group.day}>{dayHeading(group.day)}</time>
          </h2>
          <ul className="journal-entries">
            {group.entries.map((entry) => (
              <EntryListItem key={entry.id} entry={entry} tokens={page?.tokens ?? []} onDelete={(e, label) => void remove(e, label)} />
            ))}
          </ul>
        </section>
      ))}
      {page?.hasMore ? (
        <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
          {t('journal.showMore')}
        </button>
      ) : null}
      {deleted ? (
        <UndoToast
          key={deleted.id}
          message={deleted.label ? t('journal.deleted.named', { name: deleted.label }) : t('journal.deleted')}
          undoLabel={t('journal.undo')}
          onUndo={() => void undoDelete(deleted.id)}
          onClose={closeToast}
        />
      ) : null}
    </Screen>
  );
}
