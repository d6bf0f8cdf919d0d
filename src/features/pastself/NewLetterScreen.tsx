import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router';
import { t, type MessageKey } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { ChipGroup } from '../../ui/ChipGroup';
import { TextArea, TextField } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { checkLetter, LETTER_DRAFT_KEY, readLetterDraft, type LetterDraft, type LetterProblem, type SealKind } from './letterDraft';
import { ProgressPanel } from './ProgressPanel';
import { loadSealContext, pastSelfActions, startNewLetter, useSealContext } from './usePastSelf';
import { useDraftState } from './useDraftState';
import './pastself.css';

const problemText: Record<LetterProblem['why'], MessageKey> = {
  empty: 'letter.error.empty',
  sessionNumber: 'letter.error.sessionNumber',
  sessionReached: 'letter.error.sessionReached',
  date: 'letter.error.date',
  dateNotFuture: 'letter.error.dateNotFuture',
};

export default function NewLetterScreen() {
  const draft = useDraftState<LetterDraft>(LETTER_DRAFT_KEY, 'letter', startNewLetter, readLetterDraft);
  const ctx = useSealContext();
  const [errors, setErrors] = useState<Partial<Record<LetterProblem['field'], string>>>({});
  const [busy, setBusy] = useState(false);
  const d = draft.value;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!d) return;
    const now = await loadSealContext();
    const checked = checkLetter(d, now);
    if (!checked.ok) {
      setErrors({ [checked.problem.field]: t(problemText[checked.problem.why], { count: now.sessionsSoFar }) });
      return;
    }
    setBusy(true);
    try {
      const letter = await pastSelfActions.writeLetter({ body: d.body, noteIds: d.noteIds, ...(checked.seal ? { seal: checked.seal } : {}) });
      await draft.discard();
      navigate(`/past-self/letters/${encodeURIComponent(letter.id)}`, { replace: true });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The sessions or the day changed between the check and the save: say so, keep the draft.
      const why = error.params.reason === 'sessionReached' || error.params.reason === 'dateNotFuture' ? error.params.reason : 'empty';
      setErrors({ [error.field === 'body' ? 'body' : 'seal']: t(problemText[why], { count: now.sessionsSoFar }) });
    } finally {
      setBusy(false);
    }
  }

  const sealOptions: { value: SealKind; label: string }[] = [
    { value: 'none', label: t('letter.seal.none') },
    { value: 'session', label: t('letter.seal.session') },
    { value: 'date', label: t('letter.seal.date') },
  ];

  return (
    <Screen title={t('letter.new.title')} lead={t('letter.new.lead')}>
      <div className="pastself-layout">
        {d ? (
          <form className="pastself-editor" onSubmit={(e) => void submit(e)} noValidate>
            {draft.resumed ? <p className="field-hint">{t('letter.resumed')}</p> : null}
            <TextArea
              label={t('letter.body')}
              hint={t('letter.body.hint')}
              rows={12}
              value={d.body}
              error={errors.body}
              onChange={(e) => {
                draft.change({ body: e.target.value });
                setErrors((old) => ({ ...old, body: undefined }));
              }}
            />
            <ChipGroup
              legend={t('letter.seal.legend')}
              single
              options={sealOptions}
              selected={[d.sealKind]}
              onChange={(sel) => {
                const kind = sel[0];
                draft.change({ sealKind: kind === 'session' || kind === 'date' ? kind : 'none' });
                setErrors((old) => ({ ...old, seal: undefined }));
              }}
            />
            {d.sealKind === 'session' ? (
              <TextField
                label={t('letter.seal.sessionNumber')}
                hint={ctx ? t('letter.seal.sessionsSoFar', { count: ctx.sessionsSoFar }) : undefined}
                inputMode="numeric"
                value={d.sessionNumber}
                error={errors.seal}
                onChange={(e) => draft.change({ sessionNumber: e.target.value })}
              />
            ) : null}
            {d.sealKind === 'date' ? (
              <TextField
                label={t('letter.seal.day')}
                hint={t('letter.seal.dayHint')}
                type="date"
                min={ctx?.today}
                value={d.sealDay}
                error={errors.seal}
                onChange={(e) => draft.change({ sealDay: e.target.value })}
              />
            ) : null}
            <p className="field-hint" aria-live="polite">
              {draft.status === 'draft' ? t('letter.savedDraft') : ''}
            </p>
            <div className="actions">
              <button type="submit" className="button primary" disabled={busy}>
                {d.sealKind === 'none' ? t('letter.keep') : t('letter.keepSealed')}
              </button>
            </div>
          </form>
        ) : (
          <p className="loading">{t('pastself.loading')}</p>
        )}
        <ProgressPanel />
      </div>
    </Screen>
  );
}
