import { useRef, useState } from 'react';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { formatStart } from '../sessions/format';
import { sessionSlot } from './due';
import { reviewNotNow, useDue } from './useDue';
import './checkins.css';

/**
 * Today slot: check-ins and the feedback review that are due, the next
 * session date and a link to prepare for it. Renders nothing when there is
 * nothing to offer.
 */
export function TodayDueCard() {
  const due = useDue();
  // After "Not now" the card stays long enough to say where the review went.
  const [putAway, setPutAway] = useState(false);
  const putAwayRef = useRef<HTMLParagraphElement>(null);
  const nothingDue = !due || (!due.nextSession && !due.weeklySince && !due.beforeSession && due.reviewAt === undefined);
  if (nothingDue && !putAway) return null;

  async function notNow() {
    await reviewNotNow();
    setPutAway(true);
    // The button is gone; keep keyboard and screen reader users in place.
    requestAnimationFrame(() => putAwayRef.current?.focus());
  }

  return (
    <section className="card" aria-labelledby="today-due">
      <h2 id="today-due">{t('due.title')}</h2>
      {putAway ? (
        <p role="status" tabIndex={-1} ref={putAwayRef} className="due-put-away">
          {t('due.review.putAway')}
        </p>
      ) : null}
      {nothingDue ? null : (
        <ul className="link-list">
          {due?.reviewAt !== undefined ? (
            <li>
              <Link to="/sessions/review">
                <strong>{t('due.review', { count: due.reviewAt })}</strong>
                <span className="hint">{t('due.review.hint')}</span>
              </Link>
              <button
                type="button"
                className="button due-not-now"
                aria-label={t('due.review.notNow.label')}
                onClick={() => void notNow()}
              >
                {t('due.review.notNow')}
              </button>
            </li>
          ) : null}
          {due?.beforeSession ? (
            <li>
              <Link to={`/checkin?slot=${encodeURIComponent(sessionSlot(due.beforeSession.id))}`}>
                <strong>{t('due.beforeSession')}</strong>
                <span className="hint">{t('due.beforeSession.hint')}</span>
              </Link>
            </li>
          ) : null}
          {due?.weeklySince ? (
            <li>
              <Link to="/checkin?slot=weekly">
                <strong>{t('due.weekly')}</strong>
                <span className="hint">{t('due.weekly.hint')}</span>
              </Link>
            </li>
          ) : null}
          {due?.nextSession ? (
            <li>
              <Link to="/sessions/prep">
                <strong>{t('due.nextSession', { when: formatStart(due.nextSession.startsAt) })}</strong>
                <span className="hint">{t('due.prep.hint')}</span>
              </Link>
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
