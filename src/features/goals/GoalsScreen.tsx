import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { useGoalsByStatus } from './useGoals';
import './goals.css';

export default function GoalsScreen() {
  const groups = useGoalsByStatus();
  return (
    <Screen title={t('goals.title')}>
      <div className="actions screen-actions">
        <Link to="/goals/new" className="button primary">
          {t('goals.new')}
        </Link>
      </div>
      {groups && groups.length === 0 ? (
        <EmptyState title={t('goals.empty.title')}>
          <p>{t('goals.empty.body')}</p>
        </EmptyState>
      ) : null}
      {groups?.map(({ status, goals }) => (
        <section key={status} aria-labelledby={`goals-${status}`}>
          <h2 id={`goals-${status}`}>{t(`goals.section.${status}`)}</h2>
          <ul className="link-list">
            {goals.map((goal) => (
              <li key={goal.id}>
                <Link to={`/goals/${encodeURIComponent(goal.id)}`}>
                  <strong>{goal.title}</strong>
                  <span className="hint">
                    {[goal.value ? t('goals.serves', { value: goal.value }) : '', goal.withTherapist ? t('goals.withTherapist') : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Screen>
  );
}
