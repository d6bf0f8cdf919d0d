import { format, parseISO } from 'date-fns';
import type { Goal } from '../../db';
import { t } from '../../i18n';
import { revisionLines } from './revisions';
import { useGoalRevisions } from './useGoals';

/** What changed in this goal and when: goals move as therapy moves, nothing is overwritten. */
export function RevisionHistory({ goal }: { goal: Goal }) {
  const revisions = useGoalRevisions(goal.id);
  if (!revisions) return null;
  const lines = revisionLines(revisions, goal);
  return (
    <section className="card" aria-labelledby="goal-history">
      <h2 id="goal-history">{t('goals.history.heading')}</h2>
      {lines.length === 0 ? (
        <p className="empty-body">{t('goals.history.none')}</p>
      ) : (
        <ul className="history">
          {lines.map((line) => (
            <li key={line.id}>
              <time dateTime={line.changedAt} title={format(parseISO(line.changedAt), 'PPpp')}>
                {line.text}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
