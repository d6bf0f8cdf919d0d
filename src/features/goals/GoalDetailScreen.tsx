import { Link } from '../../app/Link';
import { useParams } from '../../app/router';
import type { Goal, GoalStatus } from '../../db';
import { t } from '../../i18n';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { goalScore } from '../milestones/consistency';
import { ConsistencyBar } from '../milestones/ConsistencyBar';
import { MilestoneForm } from '../milestones/MilestoneForm';
import { MilestoneItem } from '../milestones/MilestoneItem';
import { useGoalMilestones } from '../milestones/useMilestones';
import { useTodayDay } from '../today/useTodayDay';
import { RevisionHistory } from './RevisionHistory';
import { goalActions, useGoal } from './useGoals';
import './goals.css';

function describeMetric(goal: Goal): string {
  const m = goal.metric;
  const base =
    m.kind === 'rating'
      ? t('goals.metric.describeRating', { label: m.label, low: m.lowLabel, high: m.highLabel })
      : t('goals.metric.describeCustom', { target: m.target, unit: m.unit });
  return `${base} · ${t(m.higherIsBetter ? 'goals.metric.higherBetter' : 'goals.metric.lowerBetter')}`;
}

const moves: Record<GoalStatus, { to: GoalStatus; label: 'goals.pause' | 'goals.complete' | 'goals.archive' | 'goals.reactivate' }[]> = {
  active: [
    { to: 'paused', label: 'goals.pause' },
    { to: 'completed', label: 'goals.complete' },
    { to: 'archived', label: 'goals.archive' },
  ],
  paused: [
    { to: 'active', label: 'goals.reactivate' },
    { to: 'completed', label: 'goals.complete' },
    { to: 'archived', label: 'goals.archive' },
  ],
  completed: [
    { to: 'active', label: 'goals.reactivate' },
    { to: 'archived', label: 'goals.archive' },
  ],
  archived: [{ to: 'active', label: 'goals.reactivate' }],
};

export default function GoalDetailScreen() {
  const { id = '' } = useParams('/goals/:id');
  const goal = useGoal(id);
  const today = useTodayDay();
  const milestones = useGoalMilestones(id, today);

  if (goal === null) {
    return (
      <Screen title={t('goals.detail.title')}>
        <EmptyState title={t('goals.missing.title')}>
          <p>{t('goals.missing.body')}</p>
        </EmptyState>
        <Link to="/goals">{t('goals.back')}</Link>
      </Screen>
    );
  }
  if (!goal) return <Screen title={t('goals.detail.title')}>{null}</Screen>;
  const score = goalScore((milestones ?? []).filter((m) => m.milestone.status !== 'archived').map((m) => m.consistency.score));

  return (
    <Screen title={goal.title} lead={t('goals.statusNote', { status: t(`goals.status.${goal.status}`) })}>
      <Card>
        <dl className="facts goal-facts">
          {goal.value ? (
            <div className="fact">
              <dt>{t('goals.fact.value')}</dt>
              <dd>{goal.value}</dd>
            </div>
          ) : null}
          <div className="fact">
            <dt>{t('goals.fact.metric')}</dt>
            <dd>{describeMetric(goal)}</dd>
          </div>
        </dl>
        {goal.withTherapist ? <p className="goal-tag">{t('goals.withTherapist')}</p> : null}
        {goal.why ? (
          <>
            <h2>{t('goals.why.heading')}</h2>
            <p className="goal-why">{goal.why}</p>
          </>
        ) : null}
        <div className="actions">
          <Link to={`/goals/${encodeURIComponent(goal.id)}/edit`} className="button">
            {t('goals.edit')}
          </Link>
          {moves[goal.status].map((move) => (
            <button key={move.to} type="button" className="button" onClick={() => void goalActions.setStatus(goal.id, move.to)}>
              {t(move.label)}
            </button>
          ))}
        </div>
      </Card>
      <section aria-labelledby="goal-steps">
        <h2 id="goal-steps">{t('milestones.heading')}</h2>
        <p>{score === null ? t('goals.consistency.none') : t('goals.consistency.goal', { percent: Math.round(score * 100) })}</p>
        <ConsistencyBar score={score} />
        {milestones && milestones.length === 0 ? <p className="empty-body">{t('milestones.none')}</p> : null}
        <ul className="milestones">
          {milestones?.map((item) => <MilestoneItem key={item.milestone.id} item={item} today={today} />)}
        </ul>
        <div className="card">
          <MilestoneForm goalId={goal.id} onDone={() => undefined} />
        </div>
      </section>
      <RevisionHistory goal={goal} />
      <Link to="/goals">{t('goals.back')}</Link>
    </Screen>
  );
}
