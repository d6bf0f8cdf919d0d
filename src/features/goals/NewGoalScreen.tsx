import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { GoalForm } from './GoalForm';
import { goalActions } from './useGoals';
import './goals.css';

export default function NewGoalScreen() {
  return (
    <Screen title={t('goals.new.title')}>
      <GoalForm
        draftKey="goal:new"
        submitLabel={t('goals.save')}
        onSave={async (definition) => {
          const goal = await goalActions.add(definition);
          navigate(`/goals/${encodeURIComponent(goal.id)}`, { replace: true });
        }}
        onCancel={() => navigate('/goals')}
      />
    </Screen>
  );
}
