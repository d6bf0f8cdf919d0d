import { useId, useState, type ReactNode } from 'react';
import { t } from '../../../i18n';

interface ChartFrameProps {
  title: string;
  /** One or two sentences saying what the chart shows; read by everyone, not only screen readers. */
  summary: string;
  chart: ReactNode;
  table: { head: string[]; rows: (string | number)[][] };
}

/**
 * A chart with its text summary and a "Show as table" alternative. The SVG is
 * hidden from assistive tech (aria-hidden): the summary and table carry the data.
 */
export function ChartFrame({ title, summary, chart, table }: ChartFrameProps) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="card chart" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{title}</h3>
      <p>{summary}</p>
      {asTable ? (
        <div className="chart-table-wrap">
          <table className="chart-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div aria-hidden="true">{chart}</div>
      )}
      <button type="button" className="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
        {t('progress.showTable')}
      </button>
    </section>
  );
}
