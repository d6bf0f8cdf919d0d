import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { ComparisonTable } from './ComparisonTable';
import { formatDay } from './format';
import { useReviews } from './useSessions';
import './sessions.css';

export default function ReviewsScreen() {
  const reviews = useReviews();
  return (
    <Screen title={t('reviews.title')} lead={t('reviews.lead')}>
      <div className="actions">
        <Link to="/sessions/review" className="button primary">
          {t('reviews.start')}
        </Link>
      </div>
      {reviews && reviews.length === 0 ? (
        <EmptyState title={t('reviews.empty.title')}>
          <p>{t('reviews.empty.body')}</p>
        </EmptyState>
      ) : null}
      {reviews?.map((r) => {
        const heading = t('reviews.item', { count: r.sessionCount, day: formatDay(r.day) });
        return (
          <section key={r.id} className="card" aria-label={heading}>
            <h2>{heading}</h2>
            <ComparisonTable comparisons={r.comparisons} caption={heading} />
            <dl className="review-answers">
              {(
                [
                  ['review.improved', r.improved],
                  ['review.notYet', r.notYet],
                  ['review.changeAbout', r.changeAboutTherapy],
                ] as const
              ).map(([key, text]) => (
                <div key={key}>
                  <dt>{t(key)}</dt>
                  <dd>{text || t('reviews.blank')}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </Screen>
  );
}
