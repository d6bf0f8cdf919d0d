import type { MeasureResult } from '../../db';
import { t } from '../../i18n';
import { bandOf, displayScore, measureChange, measureSpecs } from '../../lib/measures';
import { formatDay } from '../sessions/format';

interface MeasureResultCardProps {
  result: MeasureResult;
  previous: MeasureResult | null;
}

/** The result in plain words: score, band, change since last time, not-a-diagnosis, attribution. */
export function MeasureResultCard({ result, previous }: MeasureResultCardProps) {
  const measure = result.measure;
  const spec = measureSpecs[measure];
  const score = displayScore(measure, result.total ?? 0);
  const band = bandOf(measure, score);
  const before = previous?.total !== undefined ? displayScore(measure, previous.total) : undefined;
  const change = before !== undefined ? measureChange(measure, before, score) : undefined;
  return (
    <section className="card" aria-labelledby="measure-result">
      <h2 id="measure-result">{t('measures.result.title', { name: spec.name })}</h2>
      <p>
        {measure === 'who5'
          ? t('measures.result.who5', { score })
          : t('measures.result.total', { score, max: spec.maxScore, band: t(`measures.band.${band}`) })}
      </p>
      {measure === 'who5' ? <p>{band === 'low' ? t('measures.who5.low') : t('measures.who5.ok')}</p> : null}
      {previous && change && before !== undefined ? (
        <p>
          {change.direction === 'same'
            ? t('measures.change.same', { day: formatDay(previous.day) })
            : t(change.delta > 0 ? 'measures.change.higher' : 'measures.change.lower', {
                day: formatDay(previous.day),
                before,
                delta: Math.abs(change.delta),
              })}{' '}
          {change.direction === 'same' ? null : change.meaningful ? t('measures.change.meaningful') : t('measures.change.small')}
        </p>
      ) : (
        <p>{t('measures.change.first')}</p>
      )}
      <p>{t('measures.notDiagnosis')}</p>
      <p className="measure-attribution">{spec.attribution}</p>
    </section>
  );
}
