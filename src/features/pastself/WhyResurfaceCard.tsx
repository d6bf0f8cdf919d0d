import { Link } from '../../app/Link';
import { t } from '../../i18n';
import type { TodayPastSelf } from './useTodayPastSelf';
import { todayPastSelfActions } from './useTodayPastSelf';

/** "My why" coming back on Today, with shifts already made. Never blames; put away once per occasion. */
export function WhyResurfaceCard({ why }: { why: NonNullable<TodayPastSelf['why']> }) {
  const { reason, current, values, shifts } = why;
  const hasShifts = shifts.successes.length > 0 || shifts.steps.length > 0;
  return (
    <section className="card pastself-why" aria-labelledby="today-why">
      <h2 id="today-why">{t('why.today.title')}</h2>
      <p>{t(reason.reason === 'drop' ? 'why.today.drop' : 'why.today.quiet')}</p>
      {current?.whyStarted ? <p className="why-quote">{current.whyStarted}</p> : null}
      {current?.ownWords ? <p className="why-quote">{current.ownWords}</p> : null}
      {values.length > 0 ? <p>{t('why.today.values', { values: values.join(', ') })}</p> : null}
      {hasShifts ? (
        <>
          <h3>{t('why.today.shifts')}</h3>
          <ul>
            {shifts.successes.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
            {shifts.steps.map((s) => (
              <li key={s.checkoff.id}>{t('why.today.step', { title: s.title })}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="actions">
        <Link to="/why" className="button primary">
          {current ? t('why.today.open') : t('why.today.write')}
        </Link>
        <button type="button" className="button" onClick={() => void todayPastSelfActions.dismissWhy(reason.key)}>
          {t('why.today.dismiss')}
        </button>
      </div>
    </section>
  );
}
