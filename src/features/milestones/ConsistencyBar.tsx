import { t } from '../../i18n';

/** A soft bar for a 0–1 score; the words beside it carry the meaning. */
export function ConsistencyBar({ score }: { score: number | null }) {
  if (score === null) return null;
  const percent = Math.round(score * 100);
  return (
    <div className="consistency">
      <div className="consistency-track" aria-hidden="true">
        <div className="consistency-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="consistency-score">{t('milestones.consistency.score', { percent })}</p>
    </div>
  );
}
