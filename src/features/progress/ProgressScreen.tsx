import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { GoalCharts, MeasureCharts, MomentsChart, PracticeChart } from './ProgressCharts';
import { useProgress } from './useProgress';
import './progress.css';

export default function ProgressScreen() {
  const data = useProgress();
  const empty =
    data !== undefined &&
    data.goals.every((g) => g.values.length === 0) &&
    data.overall.length === 0 &&
    data.measures.length === 0 &&
    data.practice.size === 0 &&
    data.moments.length === 0;
  return (
    <Screen title={t('progress.title')}>
      <div className="actions progress-actions">
        <Link to="/checkin" className="button primary">
          {t('progress.checkIn')}
        </Link>
        <Link to="/sessions" className="button">
          {t('progress.sessions')}
        </Link>
      </div>
      {empty ? (
        <EmptyState title={t('progress.empty.title')}>
          <p>{t('progress.empty.body')}</p>
        </EmptyState>
      ) : null}
      {data && !empty ? (
        <>
          <GoalCharts data={data} />
          <MeasureCharts data={data} />
          <PracticeChart data={data} />
          <MomentsChart data={data} />
        </>
      ) : null}
    </Screen>
  );
}
