import { locale, t } from '../../i18n';
import { smsHref, telHref, type CrisisResource } from './resources';

export function regionName(region: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

interface ResourceListProps {
  resources: CrisisResource[];
  /** Heading level of each country; 2 on its own screen, 3 inside a panel. */
  level?: 2 | 3;
  idPrefix: string;
}

/** Emergency numbers and crisis lines as plain tel:/sms: links: they work offline. */
export function ResourceList({ resources, level = 2, idPrefix }: ResourceListProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {resources.map((resource) => (
        <section className="resource" key={resource.region} aria-labelledby={`${idPrefix}-${resource.region}`}>
          <Heading id={`${idPrefix}-${resource.region}`}>{regionName(resource.region)}</Heading>
          <p>{t('help.emergency')}</p>
          <div className="actions">
            {resource.emergency.map((number) => (
              <a key={number} className="button primary" href={telHref(number)}>
                {t('help.call', { number })}
              </a>
            ))}
          </div>
          {resource.lines.map((line) => (
            <div key={line.name}>
              <p>
                {line.name}
                {line.note ? ` (${t(line.note)})` : null}
              </p>
              <div className="actions">
                <a className="button primary" href={telHref(line.call)}>
                  {t('help.call', { number: line.call })}
                </a>
                {line.text ? (
                  <a className="button" href={smsHref(line.text)}>
                    {t('help.text', { number: line.text })}
                  </a>
                ) : null}
              </div>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
