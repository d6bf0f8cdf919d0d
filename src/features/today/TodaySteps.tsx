import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { TodayMilestones } from './TodayMilestones';
import { useTodayData } from './useToday';
import { useTodayDay } from './useTodayDay';

/** Milestones due today, or a kind welcome when there is nothing to do. Lazy: keeps the entry chunk small. */
export default function TodaySteps() {
  const day = useTodayDay();
  const data = useTodayData(day);
  if (!data) return null;
  if (data.milestones.length > 0) return <TodayMilestones day={day} items={data.milestones} />;
  return (
    <div className="card empty-state">
      <h2>{t('today.empty.title')}</h2>
      {data.hasActiveGoals ? (
        <p className="empty-body">{t('today.empty.noSteps')}</p>
      ) : (
        <>
          <p className="empty-body">{t('today.empty.body')}</p>
          <Link to="/goals/new" className="button primary">
            {t('today.empty.action')}
          </Link>
        </>
      )}
    </div>
  );
}
