import { Link } from '../../app/Link';
import { t } from '../../i18n';

/** "A letter from your past self is ready", one link per unsealed, unopened letter. */
export function ReadyLetters({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <section className="card pastself-ready" aria-labelledby="pastself-ready">
      <h2 id="pastself-ready">{t(ids.length === 1 ? 'pastself.ready.one' : 'pastself.ready.many', { count: ids.length })}</h2>
      <p>{t('pastself.ready.body')}</p>
      <ul className="link-list">
        {ids.map((id, i) => (
          <li key={id}>
            <Link to={`/past-self/letters/${encodeURIComponent(id)}`}>
              <strong>{ids.length === 1 ? t('pastself.ready.open') : t('pastself.ready.openNth', { n: i + 1 })}</strong>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
