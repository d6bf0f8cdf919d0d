import { isMessageKey, t } from '../i18n';

/**
 * "Journal entries 12 · Check-ins 4 …" for the kinds that have any rows.
 * `counts` undefined means still loading (never shown as "nothing").
 */
export function CountsList({ title, counts }: { title: string; counts: Record<string, number> | undefined }) {
  const rows = Object.entries(counts ?? {}).flatMap(([table, count]) => {
    const key = `counts.${table}`;
    return count > 0 && isMessageKey(key) ? [{ table, label: t(key), count }] : [];
  });
  return (
    <div>
      <h3>{title}</h3>
      {counts === undefined ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('settings.storage.countsEmpty')}</p>
      ) : (
        <dl className="facts">
          {rows.map((row) => (
            <div key={row.table} className="fact">
              <dt>{row.label}</dt>
              <dd>{row.count}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
