import { format, parseISO } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { ValidationError } from '../../lib/errors';
import { TextArea } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { useDraftState } from '../pastself/useDraftState';
import { readWhyDraft, startWhyDraft, useWhy, whyActions, type WhyDraft } from './useWhy';
import { WhySettings } from './WhySettings';
import '../pastself/pastself.css';
import { SubmitRow } from '../../ui/SubmitRow';

const when = (iso: string): string => format(parseISO(iso), 'EEE d MMM yyyy');

export default function WhyScreen() {
  const data = useWhy();
  const draft = useDraftState<WhyDraft>('why', 'why', startWhyDraft, readWhyDraft);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const current = data?.history[0];
  const older = data?.history.slice(1) ?? [];
  const d = draft.value;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!d) return;
    try {
      await whyActions.save(d);
      await draft.discard();
      setError(undefined);
      setStatus(t('why.saved'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setError(t('why.error.empty'));
    }
  }

  return (
    <Screen title={t('why.title')} lead={t('why.lead')}>
      <section className="card" aria-labelledby="why-now">
        <h2 id="why-now">{t('why.now.title')}</h2>
        {current === undefined && data ? <p>{t('why.now.none')}</p> : null}
        {current?.whyStarted ? (
          <>
            <h3>{t('why.started')}</h3>
            <p className="why-quote">{current.whyStarted}</p>
          </>
        ) : null}
        {current?.ownWords ? (
          <>
            <h3>{t('why.ownWords')}</h3>
            <p className="why-quote">{current.ownWords}</p>
          </>
        ) : null}
        <h3>{t('why.values')}</h3>
        <p>{data && data.values.length > 0 ? data.values.join(' · ') : t('why.values.none')}</p>
      </section>

      {d ? (
        <form className="card" aria-labelledby="why-edit" onSubmit={(e) => void submit(e)} noValidate>
          <h2 id="why-edit">{current ? t('why.edit.title') : t('why.write.title')}</h2>
          <TextArea
            label={t('why.started')}
            hint={t('why.started.hint')}
            rows={3}
            value={d.whyStarted}
            error={error}
            onChange={(e) => {
              draft.change({ whyStarted: e.target.value });
              setError(undefined);
              setStatus('');
            }}
          />
          <TextArea
            label={t('why.ownWords')}
            hint={t('why.ownWords.hint')}
            rows={2}
            value={d.ownWords}
            onChange={(e) => {
              draft.change({ ownWords: e.target.value });
              setStatus('');
            }}
          />
          <SubmitRow label={t('why.save')} status={status} primary />
        </form>
      ) : null}

      {older.length > 0 ? (
        <section className="card" aria-labelledby="why-history">
          <h2 id="why-history">{t('why.history')}</h2>
          <ol className="why-history">
            {older.map((v) => (
              <li key={v.id}>
                <p className="field-hint">{t('why.history.until', { date: when(v.createdAt) })}</p>
                {v.whyStarted ? <p>{v.whyStarted}</p> : null}
                {v.ownWords ? <p>{v.ownWords}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {data ? <WhySettings key={`${data.quietDays}:${data.ratingDrop}`} quietDays={data.quietDays} ratingDrop={data.ratingDrop} /> : null}
    </Screen>
  );
}
