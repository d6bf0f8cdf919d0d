import { format, parseISO } from 'date-fns';
import { Link } from '../../app/Link';
import { useParams } from '../../app/router';
import { t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { Screen } from '../../ui/Screen';
import { useTodayDay } from '../today/useTodayDay';
import { areaKey } from './BodyCheckFields';
import { LogPatternForm } from './LogPatternForm';
import { PatternActions } from './PatternActions';
import { usePattern } from './usePatterns';
import { WeekBars } from './WeekBars';
import './patterns.css';

const dayLabel = (day: string): string => format(parseISO(day), 'EEE d MMM yyyy');

export default function PatternScreen() {
  const { id = '' } = useParams('/patterns/:id');
  const today = useTodayDay();
  const data = usePattern(id, today);

  if (data === undefined) {
    return (
      <Screen title={t('patterns.detail.title')}>
        <p className="loading">{t('patterns.loading')}</p>
      </Screen>
    );
  }
  if (data === null) {
    return (
      <Screen title={t('patterns.detail.title')}>
        <EmptyState title={t('patterns.missing.title')}>
          <p>{t('patterns.missing.body')}</p>
          <Link to="/patterns" className="button">{t('patterns.back')}</Link>
        </EmptyState>
      </Screen>
    );
  }
  const { pattern, logs, weeks, helped } = data;
  return (
    <Screen title={pattern.name} lead={pattern.description || undefined}>
      <LogPatternForm patternId={pattern.id} name={pattern.name} />
      <section className="card" aria-labelledby="pattern-weeks">
        <h2 id="pattern-weeks">{t('patterns.weeks.title')}</h2>
        <WeekBars weeks={weeks} />
      </section>
      <section className="card" aria-labelledby="pattern-helped">
        <h2 id="pattern-helped">{t('patterns.helped.title')}</h2>
        {helped.length === 0 ? (
          <p>{t('patterns.helped.none')}</p>
        ) : (
          <ul className="pattern-logs">
            {helped.map((l) => (
              <li key={l.id}>
                <p className="field-hint">{dayLabel(l.day)}</p>
                <p>{l.whatIDid}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="pattern-times">
        <h2 id="pattern-times">{t('patterns.times.title')}</h2>
        {logs.length === 0 ? <p>{t('patterns.times.none')}</p> : null}
        <ul className="pattern-logs">
          {logs.slice(0, 20).map((l) => (
            <li key={l.id}>
              <p className="field-hint">{dayLabel(l.day)}</p>
              <p>{l.what}</p>
              {l.bodyCheck ? (
                <p>
                  {t('patterns.times.body', {
                    where: l.bodyCheck.areas.length > 0 ? l.bodyCheck.areas.map((a) => t(areaKey(a))).join(', ') : t('patterns.times.bodyNowhere'),
                    feeling: l.bodyCheck.feeling || '—',
                    intensity: l.bodyCheck.intensity,
                  })}
                </p>
              ) : null}
              {l.tryNext ? <p>{t('patterns.times.try', { text: l.tryNext })}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <PatternActions pattern={pattern} />
    </Screen>
  );
}
