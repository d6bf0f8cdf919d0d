import { Link } from '../../app/Link';
import { t, type MessageKey } from '../../i18n';
import type { CountKind } from './progress';
import { IntakeSummary } from './IntakeSummary';
import { useProgressFigures } from './usePastSelf';

const countLabel: Record<CountKind, MessageKey> = {
  sessions: 'pastself.figures.sessions',
  entries: 'pastself.figures.entries',
  checkoffs: 'pastself.figures.checkoffs',
  successes: 'pastself.figures.successes',
};

/**
 * Beside the letter (stacked under it on a phone): where the person started
 * and what has happened since, from their own records. Nothing is estimated;
 * a figure with no data behind it is simply left out.
 */
export function ProgressPanel() {
  const data = useProgressFigures();
  if (!data) return null;
  const { intake, ratings, counts } = data;
  return (
    <aside className="card pastself-panel" aria-labelledby="pastself-panel">
      <h2 id="pastself-panel">{t('pastself.panel.title')}</h2>
      <h3>{t('pastself.panel.then')}</h3>
      {intake ? (
        <IntakeSummary intake={intake} />
      ) : (
        <p>
          {t('pastself.panel.noIntake')} <Link to="/past-self/intake">{t('pastself.panel.noIntakeLink')}</Link>
        </p>
      )}
      <h3>{t('pastself.panel.since')}</h3>
      {ratings.length === 0 && counts.length === 0 ? <p>{t('pastself.panel.nothingYet')}</p> : null}
      {ratings.length > 0 ? (
        <ul className="pastself-ratings">
          {ratings.map((r) => (
            <li key={r.label}>{t('pastself.figures.rating', { label: r.label, then: r.then, now: r.now })}</li>
          ))}
        </ul>
      ) : null}
      {counts.length > 0 ? (
        <dl className="facts">
          {counts.map((c) => (
            <div key={c.kind} className="fact">
              <dt>{t(countLabel[c.kind])}</dt>
              <dd>{c.count}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </aside>
  );
}
