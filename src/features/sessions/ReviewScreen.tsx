import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { ValidationError } from '../../lib/errors';
import { EmptyState } from '../../ui/EmptyState';
import { TextArea } from '../../ui/Field';
import { Screen } from '../../ui/Screen';
import { useFormDraft } from '../goals/useFormDraft';
import { settingsRepo } from '../settings/settings.repo';
import { ComparisonTable } from './ComparisonTable';
import { reviewMilestone, reviewsRepo } from './reviews.repo';
import { sessionsRepo } from './sessions.repo';
import './sessions.css';

async function loadReview() {
  const now = new Date();
  const [count, every, comparisons] = await Promise.all([sessionsRepo.countPast(now), settingsRepo.get('feedbackEvery'), reviewsRepo.comparisons()]);
  const due = await reviewsRepo.dueAt(count, every);
  return { count, sessionCount: due ?? (reviewMilestone(count, every) || count), comparisons };
}

type Answers = { improved: string; notYet: string; change: string };

export default function ReviewScreen() {
  const data = useLiveQuery(loadReview, []);
  // Half-written answers survive a reload or an app update.
  const draft = useFormDraft<Answers>('review:new', 'review');
  return draft.loaded ? <ReviewForm data={data} saved={draft.saved} keep={draft.keep} clear={draft.clear} /> : null;
}

interface ReviewFormProps {
  data: Awaited<ReturnType<typeof loadReview>> | undefined;
  saved: Answers | undefined;
  keep: (a: Answers) => void;
  clear: () => Promise<void>;
}

function ReviewForm({ data, saved, keep, clear }: ReviewFormProps) {
  const [answers, setAnswers] = useState<Answers>(saved ?? { improved: '', notYet: '', change: '' });
  const [error, setError] = useState('');
  const { improved, notYet, change } = answers;
  const set = (patch: Partial<Answers>) => {
    const next = { ...answers, ...patch };
    setAnswers(next);
    keep(next);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!data) return;
    try {
      await reviewsRepo.add({
        sessionCount: data.sessionCount,
        day: todayLocal(),
        comparisons: data.comparisons,
        improved,
        notYet,
        changeAboutTherapy: change,
      });
      await clear();
      navigate('/sessions/reviews');
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setError(e.field === 'comparisons' ? t('review.nothing') : t('review.needSession'));
    }
  }

  return (
    <Screen title={t('review.title')} lead={data && data.count > 0 ? t('review.lead', { count: data.sessionCount }) : undefined}>
      {data && data.count === 0 ? (
        <EmptyState title={t('review.noSessions.title')}>
          <p>{t('review.needSession')}</p>
          <Link to="/sessions">{t('sessions.title')}</Link>
        </EmptyState>
      ) : null}
      {data && data.count > 0 ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <section className="card" aria-labelledby="review-compare">
            <h2 id="review-compare">{t('review.compare')}</h2>
            {data.comparisons.length > 0 ? (
              <ComparisonTable comparisons={data.comparisons} caption={t('review.compare')} />
            ) : (
              <p>{t('review.nothing')}</p>
            )}
          </section>
          <section className="card" aria-labelledby="review-questions">
            <h2 id="review-questions">{t('review.questions')}</h2>
            <TextArea label={t('review.improved')} value={improved} onChange={(e) => set({ improved: e.target.value })} rows={3} />
            <TextArea label={t('review.notYet')} value={notYet} onChange={(e) => set({ notYet: e.target.value })} rows={3} />
            <TextArea label={t('review.changeAbout')} value={change} onChange={(e) => set({ change: e.target.value })} rows={3} />
            <p className="field-error" role="alert">
              {error}
            </p>
            <div className="actions">
              <button type="submit" className="button primary">
                {t('review.save')}
              </button>
            </div>
          </section>
        </form>
      ) : null}
    </Screen>
  );
}
