import { format, parseISO } from 'date-fns';
import { t } from '../../i18n';
import type { WeekCount } from './weekly';

/** Per-week counts as plain rows with a bar each; the numbers are text, the bars only decoration. */
export function WeekBars({ weeks }: { weeks: WeekCount[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  const thisWeek = weeks.at(-1)?.count ?? 0;
  return (
    <div>
      <p>{t('patterns.weeks.summary', { thisWeek, total, weeks: weeks.length })}</p>
      <ol className="week-bars">
        {[...weeks].reverse().map((w) => (
          <li key={w.weekStart}>
            <span className="week-label">{t('patterns.weeks.of', { date: format(parseISO(w.weekStart), 'd MMM') })}</span>
            <span className="week-bar" aria-hidden="true">
              <span style={{ width: `${(w.count / max) * 100}%` }} />
            </span>
            <span className="week-count">{w.count}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
