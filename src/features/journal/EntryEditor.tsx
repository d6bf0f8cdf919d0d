import { useCallback, useEffect, useRef, useState } from 'react';
import { navigate } from '../../app/router';
import { t, type MessageKey } from '../../i18n';
import { isLocalDay, todayLocal } from '../../lib/days';
import { FieldShell, TextField } from '../../ui/Field';
import { PromptHeader } from '../prompts/PromptHeader';
import { BodyCheckFields } from './BodyCheckFields';
import { hasWords, type EntryValue } from './entryValue';
import type { LoadedEntry } from './journalEditor.repo';
import { TagInput } from './TagInput';
import { useAutosave, type SaveStatus } from './useAutosave';
import { closeNewEntry, discardEmptyNewDraft, saveEntry, softDeleteEntry, useAllTags } from './useJournalEditor';

interface EntryEditorProps {
  loaded: LoadedEntry;
  isNew: boolean;
}

const statusText: Record<SaveStatus, MessageKey | undefined> = {
  idle: undefined,
  pending: undefined,
  saved: 'journal.status.saved',
  draft: 'journal.status.draft',
  error: 'journal.status.error',
};

function dayProblem(day: string, today: string): string | undefined {
  if (!isLocalDay(day)) return t('journal.day.invalid');
  if (day > today) return t('journal.day.future');
  return undefined;
}

/** The distraction-free editor; every change is autosaved (see useAutosave). */
export function EntryEditor({ loaded, isNew }: EntryEditorProps) {
  const [value, setValue] = useState<EntryValue>(loaded.value);
  const [bodyError, setBodyError] = useState<string>();
  const entryId = useRef(loaded.entryId);
  const [savedId, setSavedId] = useState(loaded.entryId);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const tags = useAllTags();
  const today = todayLocal();

  const save = useCallback(async (v: EntryValue) => {
    const result = await saveEntry(entryId.current, v, todayLocal());
    entryId.current = result.entryId;
    setSavedId(result.entryId);
    return result.kept === 'entry' ? 'saved' : 'draft';
  }, []);
  const { schedule, flush, status } = useAutosave(save);

  // Reopening puts the caret at the end of what was written.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    body.focus({ preventScroll: true });
    body.setSelectionRange(body.value.length, body.value.length);
  }, []);

  // A new entry's page is closed when leaving it, after its last words are saved.
  useEffect(() => {
    if (!isNew) return;
    return () => {
      void flush().then(closeNewEntry);
    };
  }, [isNew, flush]);

  function change(patch: Partial<EntryValue>) {
    const next = { ...value, ...patch };
    setValue(next);
    if (patch.body?.trim()) setBodyError(undefined);
    schedule(next);
  }

  async function done() {
    await flush();
    if (!entryId.current && value.body.trim() === '') {
      if (hasWords(value)) {
        setBodyError(t('journal.body.required'));
        bodyRef.current?.focus();
        return;
      }
      await discardEmptyNewDraft();
    }
    navigate('/journal');
  }

  async function remove() {
    await flush();
    const id = entryId.current;
    if (!id) return;
    await softDeleteEntry(id);
    navigate(`/journal?deleted=${encodeURIComponent(id)}`);
  }

  const dayError = dayProblem(value.day, today);
  return (
    <div className="entry-editor">
      <PromptHeader promptId={value.promptId} questionId={value.questionId} />
      <form className="entry-form" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('journal.field.title')}
          value={value.title}
          autoComplete="off"
          onChange={(e) => change({ title: e.target.value })}
        />
        <FieldShell label={t('journal.field.body')} error={bodyError}>
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              ref={bodyRef}
              className="entry-body"
              rows={12}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              value={value.body}
              onChange={(e) => change({ body: e.target.value })}
            />
          )}
        </FieldShell>
        <p className="entry-status" role="status">
          {statusText[status] ? t(statusText[status]) : ''}
        </p>
        <TextField
          label={t('journal.field.day')}
          type="date"
          max={today}
          value={value.day}
          error={dayError}
          onChange={(e) => change({ day: e.target.value })}
        />
        <TagInput tags={value.tags} suggestions={tags ?? []} onChange={(next) => change({ tags: next })} />
        <label className="journal-check">
          <input
            type="checkbox"
            checked={value.bringToSession}
            onChange={(e) => change({ bringToSession: e.target.checked })}
          />
          <span>{t('journal.field.bring')}</span>
        </label>
        <BodyCheckFields value={value} onChange={change} />
        <div className="actions">
          <button type="button" className="button primary" onClick={() => void done()}>
            {t('journal.done')}
          </button>
          {savedId ? (
            <button type="button" className="button" onClick={() => void remove()}>
              {t('journal.delete')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
