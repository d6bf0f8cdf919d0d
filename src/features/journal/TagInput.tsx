import { useId, useState } from 'react';
import { t } from '../../i18n';
import { cleanList } from '../../lib/validate';

interface TagInputProps {
  tags: string[];
  suggestions: string[];
  onChange: (tags: string[]) => void;
}

/** Free-text tags: Enter, comma or leaving the field adds what was typed; used tags are suggested. */
export function TagInput({ tags, suggestions, onChange }: TagInputProps) {
  const id = useId();
  const [text, setText] = useState('');

  function commit(raw: string) {
    const added = raw.split(',').map((s) => s.trim());
    if (added.every((s) => s === '')) return;
    onChange(cleanList([...tags, ...added]));
    setText('');
  }

  return (
    <div className="field tag-input">
      <label htmlFor={id}>{t('journal.tags.label')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t('journal.tags.hint')}
      </p>
      {tags.length > 0 ? (
        <ul className="tag-list" aria-label={t('journal.tags.current')}>
          {tags.map((tag) => (
            <li key={tag}>
              <span className="tag">{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('journal.tags.remove', { tag })}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        list={`${id}-suggestions`}
        aria-describedby={`${id}-hint`}
        value={text}
        autoComplete="off"
        onChange={(e) => {
          const value = e.target.value;
          if (value.includes(',')) commit(value);
          else setText(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(text);
          }
        }}
        onBlur={() => commit(text)}
      />
      <datalist id={`${id}-suggestions`}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
