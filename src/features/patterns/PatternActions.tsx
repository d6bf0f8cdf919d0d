import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import type { Pattern } from '../../db';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { TextField } from '../../ui/Field';
import { patternActions } from './usePatterns';

/** Bottom of a pattern's page: back, rename in place, delete (Undo is offered on the list). */
export function PatternActions({ pattern }: { pattern: Pattern }) {
  const [renaming, setRenaming] = useState(false);
  const [saved, setSaved] = useState<boolean | undefined>();
  const renameButton = useRef<HTMLButtonElement>(null);
  // Back from the form (saved or not): keyboard focus returns to Rename, not the page top.
  useEffect(() => {
    if (!renaming && saved !== undefined) renameButton.current?.focus();
  }, [renaming, saved]);

  async function remove() {
    await patternActions.remove(pattern.id);
    navigate(`/patterns?deleted=${encodeURIComponent(pattern.id)}`);
  }

  if (renaming) {
    return (
      <RenameForm
        pattern={pattern}
        onDone={(didSave) => {
          setRenaming(false);
          setSaved(didSave);
        }}
      />
    );
  }
  return (
    <>
      <p role="status" className="field-hint">
        {saved === true ? t('patterns.rename.saved') : ''}
      </p>
      <div className="actions">
        <Link to="/patterns" className="button">
          {t('patterns.back')}
        </Link>
        <button ref={renameButton} type="button" className="button" onClick={() => setRenaming(true)}>
          {t('patterns.rename')}
        </button>
        <button type="button" className="button" onClick={() => void remove()}>
          {t('patterns.delete')}
        </button>
      </div>
    </>
  );
}

function RenameForm({ pattern, onDone }: { pattern: Pattern; onDone: (saved: boolean) => void }) {
  const [name, setName] = useState(pattern.name);
  const [error, setError] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  // Opening the form puts the cursor in the name, ready to type over it.
  useEffect(() => form.current?.querySelector('input')?.select(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return setError(t('patterns.error.name'));
    try {
      await patternActions.rename(pattern.id, name);
      onDone(true);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setError(t(e.messageKey === 'validation.duplicate' ? 'patterns.rename.duplicate' : 'patterns.error.name'));
    }
  }

  return (
    <form ref={form} className="card" aria-labelledby="pattern-rename" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="pattern-rename">{t('patterns.rename.title')}</h2>
      <TextField
        label={t('patterns.rename.label')}
        value={name}
        error={error}
        autoComplete="off"
        onChange={(e) => {
          setName(e.target.value);
          setError(undefined);
        }}
      />
      <div className="actions">
        <button type="submit" className="button primary">
          {t('patterns.rename.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('patterns.rename.cancel')}
        </button>
      </div>
    </form>
  );
}
