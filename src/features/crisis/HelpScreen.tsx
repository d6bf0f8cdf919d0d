import { locale, t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { crisisResources, likelyRegion, smsHref, telHref, type CrisisResource } from './resources';

function regionName(region: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

function sortForPerson(resources: CrisisResource[]): CrisisResource[] {
  const mine = likelyRegion(navigator.languages);
  return [...resources].sort((a, b) => Number(b.region === mine) - Number(a.region === mine));
}

export default function HelpScreen() {
  return (
    <Screen title={t('help.title')} lead={t('help.intro')}>
      <div className="card">
        {sortForPerson(crisisResources).map((resource) => (
          <section className="resource" key={resource.region} aria-labelledby={`region-${resource.region}`}>
            <h2 id={`region-${resource.region}`}>{regionName(resource.region)}</h2>
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
      </div>
      <p>{t('help.elsewhere')}</p>
      <p>{t('help.therapist')}</p>
    </Screen>
  );
}
