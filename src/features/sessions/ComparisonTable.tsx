import type { ReviewComparison } from '../../db';
import { t } from '../../i18n';
import { formatDay } from './format';

/** "+2, better" / "−5, better, a meaningful change" — words, not colours, carry the meaning. */
export function describeChange(c: ReviewComparison): string {
  const delta = c.now - c.start;
  if (delta === 0) return t('review.change.same');
  const better = c.higherIsBetter ? delta > 0 : delta < 0;
  const amount = `${delta > 0 ? '+' : '−'}${Math.abs(Number(delta.toFixed(2)))}`;
  const words = t(better ? 'review.change.better' : 'review.change.worse', { amount });
  if (c.meaningful === undefined) return words;
  return `${words} ${c.meaningful ? t('review.change.meaningful') : t('review.change.small')}`;
}

const show = (value: number, unit?: string) => (unit ? `${value} ${unit}` : String(value));

export function ComparisonTable({ comparisons, caption }: { comparisons: ReviewComparison[]; caption: string }) {
  return (
    <table className="review-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.col.what')}</th>
          <th scope="col">{t('review.col.start')}</th>
          <th scope="col">{t('review.col.now')}</th>
          <th scope="col">{t('review.col.change')}</th>
        </tr>
      </thead>
      <tbody>
        {comparisons.map((c) => (
          <tr key={`${c.kind}-${c.ref}`}>
            <th scope="row">{c.label}</th>
            <td>
              {show(c.start, c.unit)}
              <span className="review-day">{formatDay(c.startDay)}</span>
            </td>
            <td>
              {show(c.now, c.unit)}
              <span className="review-day">{formatDay(c.nowDay)}</span>
            </td>
            <td>{describeChange(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
