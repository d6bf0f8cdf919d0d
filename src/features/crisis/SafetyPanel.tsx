import { useEffect, useRef } from 'react';
import { Link } from '../../app/Link';
import { t } from '../../i18n';
import { ResourceList } from './ResourceList';
import { crisisResources } from './resources';
import { useCrisisRegion } from './useCrisisRegion';

/**
 * Shown the moment a questionnaire answer suggests thoughts of self-harm.
 * Calm words, the numbers for the person's country (or the generic advice),
 * and a nudge to tell their therapist. Part of the precached app: works offline.
 */
export function SafetyPanel() {
  const region = useCrisisRegion();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const mine = crisisResources.filter((r) => r.region === region);
  return (
    <section className="card safety" aria-labelledby="safety-title">
      <h2 id="safety-title" ref={heading} tabIndex={-1}>
        {t('safety.title')}
      </h2>
      <p>{t('safety.body')}</p>
      {mine.length > 0 ? <ResourceList resources={mine} level={3} idPrefix="safety" /> : <p>{t('help.elsewhere')}</p>}
      <p>{t('safety.therapist')}</p>
      <p>
        <Link to="/help">{t('safety.allNumbers')}</Link>
      </p>
    </section>
  );
}
