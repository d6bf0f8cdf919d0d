import { format, parseISO } from 'date-fns';
import { t } from '../../i18n';
import { bandOf, bandRanges, measureSpecs } from '../../lib/measures';
import { formatDay } from '../sessions/format';
import { ChartFrame } from './charts/ChartFrame';
import { Heatmap } from './charts/Heatmap';
import { LineChart } from './charts/LineChart';
import { WeeklyBars } from './charts/WeeklyBars';
import { heatGrid, timePositions, weeklyCounts, WEEKS } from './progressData';
import type { ProgressData } from './useProgress';

const short = (day: string) => format(parseISO(day), 'd MMM');

function OverallChart({ data }: { data: ProgressData }) {
  const values = data.overall;
  const first = values[0];
  const last = values.at(-1);
  if (!first || !last) return null;
  const xs = timePositions(values.map((v) => v.day));
  return (
    <ChartFrame
      title={t('progress.overall')}
      summary={
        values.length > 1
          ? t('progress.goal.summary', { count: values.length, first: `${first.value}/10`, firstDay: formatDay(first.day), last: `${last.value}/10`, lastDay: formatDay(last.day) })
          : t('progress.goal.single', { value: `${last.value}/10`, day: formatDay(last.day) })
      }
      chart={<LineChart points={values.map((v, i) => ({ x: xs[i] ?? 0, y: v.value }))} yMin={0} yMax={10} startLabel={short(first.day)} endLabel={short(last.day)} />}
      table={{ head: [t('progress.col.day'), t('progress.col.value')], rows: values.map((v) => [formatDay(v.day), `${v.value}/10`]) }}
    />
  );
}

export function GoalCharts({ data }: { data: ProgressData }) {
  const withValues = data.goals.filter((g) => g.values.length > 0);
  if (withValues.length === 0 && data.overall.length === 0) return null;
  return (
    <section aria-labelledby="progress-goals">
      <h2 id="progress-goals">{t('progress.goals')}</h2>
      <OverallChart data={data} />
      {withValues.map(({ goal, values }) => {
        const metric = goal.metric;
        const unit = metric.kind === 'custom' ? ` ${metric.unit}` : '/10';
        const xs = timePositions(values.map((v) => v.day));
        const first = values[0];
        const last = values.at(-1);
        const yMax = metric.kind === 'rating' ? 10 : Math.max(metric.target, ...values.map((v) => v.value));
        return (
          <ChartFrame
            key={goal.id}
            title={metric.kind === 'rating' ? `${goal.title}: ${metric.label}` : `${goal.title} (${metric.unit})`}
            summary={
              first && last && values.length > 1
                ? t('progress.goal.summary', { count: values.length, first: `${first.value}${unit}`, firstDay: formatDay(first.day), last: `${last.value}${unit}`, lastDay: formatDay(last.day) })
                : t('progress.goal.single', { value: `${last?.value ?? ''}${unit}`, day: formatDay(last?.day ?? data.today) })
            }
            chart={
              <LineChart
                points={values.map((v, i) => ({ x: xs[i] ?? 0, y: v.value }))}
                yMin={0}
                yMax={yMax}
                startLabel={short(first?.day ?? data.today)}
                endLabel={short(last?.day ?? data.today)}
              />
            }
            table={{ head: [t('progress.col.day'), t('progress.col.value')], rows: values.map((v) => [formatDay(v.day), `${v.value}${unit}`]) }}
          />
        );
      })}
    </section>
  );
}

export function MeasureCharts({ data }: { data: ProgressData }) {
  if (data.measures.length === 0) return null;
  return (
    <section aria-labelledby="progress-measures">
      <h2 id="progress-measures">{t('progress.measures')}</h2>
      {data.measures.map(({ measure, values }) => {
        const spec = measureSpecs[measure];
        const xs = timePositions(values.map((v) => v.day));
        const first = values[0];
        const last = values.at(-1);
        const bandName = (score: number) => t(`measures.band.${bandOf(measure, score)}`);
        return (
          <ChartFrame
            key={measure}
            title={spec.name}
            summary={
              first && last && values.length > 1
                ? t('progress.measure.summary', { count: values.length, first: first.score, firstDay: formatDay(first.day), last: last.score, lastDay: formatDay(last.day), band: bandName(last.score), max: spec.maxScore })
                : t('progress.measure.single', { score: last?.score ?? 0, max: spec.maxScore, day: formatDay(last?.day ?? data.today), band: bandName(last?.score ?? 0) })
            }
            chart={
              <LineChart
                points={values.map((v, i) => ({ x: xs[i] ?? 0, y: v.score }))}
                yMin={0}
                yMax={spec.maxScore}
                shades={bandRanges(measure).map((b) => ({ from: b.from, to: b.to + (b.to === spec.maxScore ? 0 : 1), label: t(`measures.band.${b.band}`) }))}
                startLabel={short(first?.day ?? data.today)}
                endLabel={short(last?.day ?? data.today)}
              />
            }
            table={{
              head: [t('progress.col.day'), t('progress.col.score'), t('progress.col.range')],
              rows: values.map((v) => [formatDay(v.day), `${v.score}/${spec.maxScore}`, bandName(v.score)]),
            }}
          />
        );
      })}
    </section>
  );
}

export function PracticeChart({ data }: { data: ProgressData }) {
  if (!data.hasMilestones && data.practice.size === 0) return null;
  const weeks = heatGrid(data.today, data.practice);
  const cells = weeks.flat().filter((c) => c !== undefined);
  const daysPractised = cells.filter((c) => c.count > 0).length;
  const max = Math.max(1, ...cells.map((c) => c.count));
  const weekdayLabels = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];
  return (
    <section aria-labelledby="progress-practice">
      <h2 id="progress-practice">{t('progress.practice')}</h2>
      <ChartFrame
        title={t('progress.practice.chart', { weeks: WEEKS })}
        summary={t('progress.practice.summary', { days: daysPractised, total: cells.length })}
        chart={<Heatmap weeks={weeks} max={max} weekdayLabels={weekdayLabels} />}
        table={{
          head: [t('progress.col.weekOf'), t('progress.col.daysPractised'), t('progress.col.steps')],
          rows: weeks.map((week) => {
            const days = week.filter((c) => c !== undefined);
            return [formatDay(days[0]?.day ?? data.today), days.filter((c) => c.count > 0).length, days.reduce((n, c) => n + c.count, 0)];
          }),
        }}
      />
    </section>
  );
}

export function MomentsChart({ data }: { data: ProgressData }) {
  const weeks = weeklyCounts(data.today, data.moments);
  const successes = weeks.reduce((n, w) => n + w.successes, 0);
  const surprises = weeks.reduce((n, w) => n + w.surprises, 0);
  if (successes + surprises === 0) return null;
  return (
    <section aria-labelledby="progress-moments">
      <h2 id="progress-moments">{t('progress.moments')}</h2>
      <ChartFrame
        title={t('progress.moments.chart', { weeks: WEEKS })}
        summary={t('progress.moments.summary', { successes, surprises, weeks: WEEKS })}
        chart={
          <>
            <WeeklyBars weeks={weeks.map((w) => ({ label: short(w.monday), a: w.successes, b: w.surprises }))} />
            <p className="chart-legend">
              <span>
                <span className="swatch bar-a-swatch" />
                {t('progress.col.successes')}
              </span>
              <span>
                <span className="swatch bar-b-swatch" />
                {t('progress.col.surprises')}
              </span>
            </p>
          </>
        }
        table={{
          head: [t('progress.col.weekOf'), t('progress.col.successes'), t('progress.col.surprises')],
          rows: weeks.map((w) => [formatDay(w.monday), w.successes, w.surprises]),
        }}
      />
    </section>
  );
}
