import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import type { JournalFilter } from './useJournalList';

interface JournalFiltersProps {
  filter: JournalFilter;
  tags: string[];
  onChange: (patch: Partial<JournalFilter>) => void;
}

export function isFiltered(f: JournalFilter): boolean {
  return Boolean(f.tag || f.prompt || f.bring || f.from || f.to);
}

/** Tag, prompt, "bring to session" and date range, tucked away until wanted. */
export function JournalFilters({ filter, tags, onChange }: JournalFiltersProps) {
  const today = todayLocal();
  const specificPrompt = filter.prompt && filter.prompt !== 'any' ? filter.prompt : undefined;
  return (
    <details className="card journal-filters" open={isFiltered(filter) || undefined}>
      <summary>{t('journal.filter.summary')}</summary>
      <div className="field">
        <label htmlFor="journal-filter-tag">{t('journal.filter.tag')}</label>
        <select id="journal-filter-tag" value={filter.tag ?? ''} onChange={(e) => onChange({ tag: e.target.value || undefined })}>
          <option value="">{t('journal.filter.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="journal-filter-prompt">{t('journal.filter.prompt')}</label>
        <select
          id="journal-filter-prompt"
          value={filter.prompt ?? ''}
          onChange={(e) => onChange({ prompt: e.target.value || undefined })}
        >
          <option value="">{t('journal.filter.anyEntry')}</option>
          <option value="any">{t('journal.filter.withPrompt')}</option>
          {specificPrompt ? <option value={specificPrompt}>{t('journal.filter.thisPrompt')}</option> : null}
        </select>
      </div>
      <label className="journal-check">
        <input type="checkbox" checked={Boolean(filter.bring)} onChange={(e) => onChange({ bring: e.target.checked || undefined })} />
        <span>{t('journal.filter.bring')}</span>
      </label>
      <div className="journal-range">
        <div className="field">
          <label htmlFor="journal-filter-from">{t('journal.filter.from')}</label>
          <input id="journal-filter-from" type="date" max={filter.to ?? today} value={filter.from ?? ''} onChange={(e) => onChange({ from: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor="journal-filter-to">{t('journal.filter.to')}</label>
          <input id="journal-filter-to" type="date" min={filter.from} max={today} value={filter.to ?? ''} onChange={(e) => onChange({ to: e.target.value || undefined })} />
        </div>
      </div>
      {isFiltered(filter) ? (
        <button type="button" className="button" onClick={() => onChange({ tag: undefined, prompt: undefined, bring: undefined, from: undefined, to: undefined })}>
          {t('journal.filter.clear')}
        </button>
      ) : null}
    </details>
  );
}
