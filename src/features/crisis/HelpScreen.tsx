import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { ResourceList } from './ResourceList';
import { resourcesInOrder } from './resources';
import { useCrisisRegion } from './useCrisisRegion';

export default function HelpScreen() {
  const region = useCrisisRegion();
  return (
    <Screen title={t('help.title')} lead={t('help.intro')}>
      {region === undefined ? <p className="card">{t('help.elsewhere')}</p> : null}
      <div className="card">
        <ResourceList resources={resourcesInOrder(region)} idPrefix="region" />
      </div>
      {region !== undefined ? <p>{t('help.elsewhere')}</p> : null}
      <p>{t('help.therapist')}</p>
    </Screen>
  );
}
