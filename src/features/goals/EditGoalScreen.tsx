import { navigate, useParams } from '../../app/router';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { GoalForm } from './GoalForm';
import { goalActions, useGoal } from './useGoals';
import './goals.css';

export default function EditGoalScreen() {
  const { id = '' } = useParams('/goals/:id/edit');
  const goal = useGoal(id);
  const back = () => navigate(`/goals/${encodeURIComponent(id)}`);
  return (
    <Screen title={t('goals.edit.title')}>
      {goal === null ? (
        <EmptyState title={t('goals.missing.title')}>
          <p>{t('goals.missing.body')}</p>
        </EmptyState>
      ) : null}
      {goal ? (
        <GoalForm
          initial={goal}
          draftKey={`goal:${id}`}
          submitLabel={t('goals.saveChanges')}
          onSave={async (definition) => {
            await goalActions.update(id, definition);
            back();
          }}
          onCancel={back}
        />
      ) : null}
    </Screen>
  );
}
