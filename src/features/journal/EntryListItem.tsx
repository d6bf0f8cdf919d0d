import { Link } from '../../app/Link';
import type { JournalEntry } from '../../db';
import { t } from '../../i18n';
import { snippetAround } from '../../lib/searchText';
import { Highlighted } from './Highlighted';
import { firstLine } from './useJournalList';

interface EntryListItemProps {
  entry: JournalEntry;
  tokens: string[];
  onDelete: (entry: JournalEntry, label: string) => void;
}

/** One entry in the list: its first line (or title), why it matched a search, tags. */
export function EntryListItem({ entry, tokens, onDelete }: EntryListItemProps) {
  const heading = entry.title || firstLine(entry.body);
  const lead = entry.title ? firstLine(entry.body) : '';
  // When the match is deeper in a long entry, show the words around it.
  const headShows = tokens.length === 0 || [heading, lead].some((s) => snippetAround(s, tokens) !== undefined);
  const deeper = headShows ? undefined : snippetAround(entry.body, tokens);
  return (
    <li className="card entry-item">
      <Link className="entry-link" to={`/journal/${encodeURIComponent(entry.id)}`}>
        <Highlighted text={heading} tokens={tokens} />
      </Link>
      {lead ? (
        <p className="entry-lead">
          <Highlighted text={lead} tokens={tokens} />
        </p>
      ) : null}
      {deeper ? (
        <p className="entry-lead">
          <Highlighted text={deeper} tokens={tokens} />
        </p>
      ) : null}
      {entry.tags.length > 0 || entry.bringToSession === 1 ? (
        <ul className="entry-tags" aria-label={t('journal.list.tags')}>
          {entry.bringToSession === 1 ? <li className="tag tag-session">{t('journal.list.bring')}</li> : null}
          {entry.tags.map((tag) => (
            <li key={tag} className="tag">
              <Highlighted text={tag} tokens={tokens} />
            </li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="button entry-delete"
        aria-label={t('journal.list.deleteNamed', { name: heading })}
        onClick={() => onDelete(entry, heading)}
      >
        {t('journal.delete')}
      </button>
    </li>
  );
}
