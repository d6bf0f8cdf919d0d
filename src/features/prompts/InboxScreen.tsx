import { useState } from 'react';
import { addDays, parseISO } from 'date-fns';
import { Link } from '../../app/Link';
import type { TherapistQuestion } from '../../db';
import { t, type MessageKey } from '../../i18n';
import { todayLocal, toLocalDay } from '../../lib/days';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { UndoToast } from '../../ui/UndoToast';
import { longDay, questionMeta } from './dueWords';
import { questionsRepo } from './questions.repo';
import { useInboxQuestions, useNextSessionDay } from './useQuestions';
import './prompts.css';

type Group = 'open' | 'snoozed' | 'answered' | 'archived';

function groupOf(q: TherapistQuestion, today: string): Group {
  if (q.status === 'snoozed') return (q.snoozedUntil ?? '') <= today ? 'open' : 'snoozed';
  return q.status;
}

const groupTitles: Record<Group, MessageKey> = {
  open: 'inbox.open',
  snoozed: 'inbox.snoozed',
  answered: 'inbox.answered',
  archived: 'inbox.archived',
};

/** `/inbox`: the therapist's questions, waiting ones first. */
export default function InboxScreen() {
  const questions = useInboxQuestions();
  const sessionDay = useNextSessionDay();
  const [archived, setArchived] = useState<TherapistQuestion | null>(null);
  const today = todayLocal();
  if (questions === undefined) return <Screen title={t('inbox.title')}>{null}</Screen>;

  const groups = new Map<Group, TherapistQuestion[]>();
  for (const q of questions) {
    const group = groupOf(q, today);
    groups.set(group, [...(groups.get(group) ?? []), q]);
  }

  return (
    <Screen title={t('inbox.title')} lead={t('inbox.lead')}>
      <p>
        <Link className="button primary" to="/inbox/import">
          {t('inbox.add')}
        </Link>
      </p>
      {questions.length === 0 ? (
        <EmptyState title={t('inbox.empty.title')}>
          <p>{t('inbox.empty.body')}</p>
        </EmptyState>
      ) : null}
      {(['open', 'snoozed', 'answered', 'archived'] as const).map((group) => {
        const list = groups.get(group);
        if (!list) return null;
        return (
          <section key={group} aria-labelledby={`inbox-${group}`}>
            <h2 id={`inbox-${group}`}>{t(groupTitles[group])}</h2>
            <ul className="inbox-list">
              {list.map((q) => (
                <InboxItem key={q.id} question={q} group={group} today={today} sessionDay={sessionDay} onArchived={setArchived} />
              ))}
            </ul>
          </section>
        );
      })}
      {archived ? (
        <UndoToast
          message={t('inbox.archived.done')}
          undoLabel={t('prompts.undo')}
          onUndo={() => void questionsRepo.setStatus(archived.id, 'open')}
          onClose={() => setArchived(null)}
        />
      ) : null}
    </Screen>
  );
}

interface ItemProps {
  question: TherapistQuestion;
  group: Group;
  today: string;
  sessionDay: string | undefined;
  onArchived: (q: TherapistQuestion) => void;
}

function InboxItem({ question: q, group, today, sessionDay, onArchived }: ItemProps) {
  const tomorrow = toLocalDay(addDays(parseISO(today), 1));
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState(tomorrow);
  const [problem, setProblem] = useState<string | undefined>();
  const meta = questionMeta(q, today, group === 'open' ? sessionDay : undefined);
  const answerLink = `/journal/new?question=${encodeURIComponent(q.id)}`;

  async function snooze() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until <= today) {
      setProblem(t('inbox.snooze.future'));
      return;
    }
    await questionsRepo.snooze(q.id, until);
    setSnoozing(false);
  }

  return (
    <li className="card inbox-item">
      <p className="prompt-text">{q.text}</p>
      {meta && group !== 'answered' && group !== 'archived' ? <p className="question-meta">{meta}</p> : null}
      {q.from && (group === 'answered' || group === 'archived') ? <p className="question-meta">{t('question.from', { name: q.from })}</p> : null}
      {group === 'snoozed' && q.snoozedUntil ? <p className="question-meta">{t('inbox.snoozedUntil', { date: longDay(q.snoozedUntil, today) })}</p> : null}
      <p className="question-meta">{t('inbox.received', { date: longDay(toLocalDay(new Date(q.importedAt)), today) })}</p>
      {snoozing ? (
        <div className="snooze-form">
          <div className="field">
            <label htmlFor={`snooze-${q.id}`}>{t('inbox.snooze.until')}</label>
            <input
              id={`snooze-${q.id}`}
              type="date"
              min={tomorrow}
              value={until}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `snooze-${q.id}-problem` : undefined}
              onChange={(e) => {
                setUntil(e.target.value);
                setProblem(undefined);
              }}
            />
            <p id={`snooze-${q.id}-problem`} className="field-error" role="alert">
              {problem ?? ''}
            </p>
          </div>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void snooze()}>
              {t('inbox.snooze.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setSnoozing(false)}>
              {t('inbox.snooze.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {group === 'open' ? (
            <>
              <Link className="button primary" to={answerLink}>
                {t('question.answer')}
              </Link>
              <button type="button" className="button" onClick={() => setSnoozing(true)}>
                {t('inbox.snooze')}
              </button>
            </>
          ) : null}
          {group === 'snoozed' ? (
            <button type="button" className="button" onClick={() => void questionsRepo.setStatus(q.id, 'open')}>
              {t('inbox.unsnooze')}
            </button>
          ) : null}
          {group === 'answered' ? (
            <Link className="button" to={answerLink}>
              {t('inbox.answerAgain')}
            </Link>
          ) : null}
          {group === 'archived' ? (
            <button type="button" className="button" onClick={() => void questionsRepo.setStatus(q.id, 'open')}>
              {t('inbox.restore')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => void questionsRepo.setStatus(q.id, 'archived').then(() => onArchived(q))}
            >
              {t('inbox.archive')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
