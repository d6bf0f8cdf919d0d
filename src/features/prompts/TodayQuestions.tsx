import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { todayLocal } from '../../lib/days';
import { questionMeta } from './dueWords';
import { useActiveQuestions, useNextSessionDay } from './useQuestions';
import './prompts.css';

/** Today slot, shown first: the therapist's open questions until they are answered. */
export default function TodayQuestionCardContent() {
  const today = todayLocal();
  const questions = useActiveQuestions(today);
  const sessionDay = useNextSessionDay();
  if (!questions || questions.length === 0) return null;
  return (
    <section className="card question-card" aria-labelledby="today-question-title">
      <h2 id="today-question-title">{t('question.today.title')}</h2>
      <ul className="question-list">
        {questions.map((q) => (
          <li key={q.id}>
            <p className="question-text">{q.text}</p>
            {questionMeta(q, today, sessionDay) ? <p className="question-meta">{questionMeta(q, today, sessionDay)}</p> : null}
            <Link className="button primary" to={`/journal/new?question=${encodeURIComponent(q.id)}`}>
              {t('question.answer')}
            </Link>
          </li>
        ))}
      </ul>
      <Link to="/inbox">{t('question.today.inbox')}</Link>
    </section>
  );
}
