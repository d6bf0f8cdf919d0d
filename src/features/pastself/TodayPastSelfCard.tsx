import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { useTodayDay } from '../today/useTodayDay';
import { ReadyLetters } from './ReadyLetters';
import { useTodayPastSelf, todayPastSelfActions } from './useTodayPastSelf';
import { WhyResurfaceCard } from './WhyResurfaceCard';
import './pastself.css';

/**
 * Today's slot for reflection: letters that are ready, a gentle (dismissible)
 * invitation to the intake snapshot, and "my why" when its rule fires.
 * Renders nothing when there is nothing to say.
 */
export function TodayPastSelfCard() {
  const day = useTodayDay();
  const data = useTodayPastSelf(day);
  if (!data) return null;
  return (
    <>
      <ReadyLetters ids={data.readyLetterIds} />
      {data.invite ? (
        <section className="card" aria-labelledby="today-intake">
          <h2 id="today-intake">{t('intake.invite.title')}</h2>
          <p>{t('intake.invite.body')}</p>
          <div className="actions">
            <Link to="/past-self/intake" className="button primary">
              {data.invite.resume ? t('intake.invite.resume') : t('intake.invite.start')}
            </Link>
            <button type="button" className="button" onClick={() => void todayPastSelfActions.dismissInvite()}>
              {t('intake.invite.notNow')}
            </button>
          </div>
        </section>
      ) : null}
      {data.why ? <WhyResurfaceCard why={data.why} /> : null}
    </>
  );
}
