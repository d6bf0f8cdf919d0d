import type { Intake } from '../../db';
import { t } from '../../i18n';
import { formatDay } from './format';

/** The intake snapshot as facts; only what the person actually said. */
export function IntakeSummary({ intake }: { intake: Intake }) {
  return (
    <dl className="facts pastself-facts">
      {intake.startedDay ? (
        <div className="fact">
          <dt>{t('intake.summary.started')}</dt>
          <dd>{formatDay(intake.startedDay)}</dd>
        </div>
      ) : null}
      {intake.whyCame ? (
        <div className="fact">
          <dt>{t('intake.summary.whyCame')}</dt>
          <dd>{intake.whyCame}</dd>
        </div>
      ) : null}
      {intake.hopes ? (
        <div className="fact">
          <dt>{t('intake.summary.hopes')}</dt>
          <dd>{intake.hopes}</dd>
        </div>
      ) : null}
      {intake.overall !== undefined ? (
        <div className="fact">
          <dt>{t('intake.summary.overall')}</dt>
          <dd>{t('intake.summary.outOf10', { value: intake.overall })}</dd>
        </div>
      ) : null}
    </dl>
  );
}
