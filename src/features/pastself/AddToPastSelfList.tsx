import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { TextField } from '../../ui/Field';
import { pastSelfActions } from './usePastSelf';
import { SubmitRow } from '../../ui/SubmitRow';

/**
 * One line for the running list "things I want to tell my past self".
 * Self-contained so Today, a success or any screen can offer it.
 */
export function AddToPastSelfList({ label }: { label?: string }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('pastself.notes.empty'));
      return;
    }
    await pastSelfActions.addNote(text);
    setText('');
    setError(undefined);
    setStatus(t('pastself.notes.added'));
  }

  return (
    <form className="pastself-add" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={label ?? t('pastself.notes.label')}
        hint={t('pastself.notes.hint')}
        value={text}
        error={error}
        onChange={(e) => {
          setText(e.target.value);
          setStatus('');
        }}
      />
      <SubmitRow label={t('pastself.notes.add')} status={status} />
    </form>
  );
}
