import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { limits, questionLink } from '../prompts/questionLink';
import { TextArea, TextField } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { QrCode } from './QrCode';
import { checkDraft, type Draft, type Problems } from './composeQuestion';
import { ShareLink } from './ShareLink';
import './therapists.css';

/** `/for-therapists`: compose a question into a link and QR code. Needs no client data. */
export default function TherapistsScreen() {
  const [draft, setDraft] = useState<Draft>({ text: '', followUps: [], dueDay: '', from: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [link, setLink] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const today = todayLocal();

  function change(patch: Partial<Draft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems({});
    if (link) setStale(true);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = checkDraft(draft, today);
    setProblems(result.problems);
    if (!result.payload) {
      setLink(null);
      return;
    }
    setLink(questionLink(result.payload, window.location.origin));
    setStale(false);
  }

  return (
    <Screen title={t('therapists.title')} lead={t('therapists.lead')}>
      <form className="card" onSubmit={onSubmit} noValidate>
        <TextArea
          label={t('therapists.question.label')}
          hint={t('therapists.question.hint', { count: draft.text.trim().length })}
          rows={5}
          required
          value={draft.text}
          error={problems.text}
          onChange={(e) => change({ text: e.target.value })}
        />
        <fieldset className="follow-ups">
          <legend>{t('therapists.followUps.title')}</legend>
          <p className="field-hint">{t('therapists.followUps.hint')}</p>
          {draft.followUps.map((f, i) => (
            <div key={i} className="follow-up">
              <TextField
                label={t('therapists.followUp.label', { n: i + 1 })}
                value={f}
                error={problems[`followUp${i}`]}
                onChange={(e) => change({ followUps: draft.followUps.map((x, j) => (j === i ? e.target.value : x)) })}
              />
              <button
                type="button"
                className="button"
                onClick={() => change({ followUps: draft.followUps.filter((_, j) => j !== i) })}
              >
                {t('therapists.followUp.remove', { n: i + 1 })}
              </button>
            </div>
          ))}
          {draft.followUps.length < limits.followUps ? (
            <button type="button" className="button" onClick={() => change({ followUps: [...draft.followUps, ''] })}>
              {t('therapists.followUp.add')}
            </button>
          ) : null}
        </fieldset>
        <TextField
          type="date"
          label={t('therapists.due.label')}
          hint={t('therapists.due.hint')}
          min={today}
          value={draft.dueDay}
          error={problems.dueDay}
          onChange={(e) => change({ dueDay: e.target.value })}
        />
        <TextField
          label={t('therapists.from.label')}
          hint={t('therapists.from.hint')}
          autoComplete="name"
          value={draft.from}
          error={problems.from}
          onChange={(e) => change({ from: e.target.value })}
        />
        <button type="submit" className="button primary">
          {t('therapists.make')}
        </button>
      </form>
      {link ? (
        <section className="card share-result" aria-labelledby="share-title">
          <h2 id="share-title">{t('therapists.result.title')}</h2>
          {stale ? <p role="status">{t('therapists.changed')}</p> : null}
          <ShareLink link={link} />
          <QrCode value={link} label={t('therapists.result.qr')} />
          <p className="field-hint">{t('therapists.result.qrHint')}</p>
          <p>{t('therapists.result.private')}</p>
        </section>
      ) : null}
    </Screen>
  );
}
