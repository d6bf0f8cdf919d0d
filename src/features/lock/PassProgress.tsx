import { t } from '../../i18n';
import { useLock } from './useLock';

/** "Protecting your words… 340 of 3,650" while a lock on/off pass runs. */
export function PassProgress() {
  const { pass } = useLock();
  // Nothing to show for an empty database (the pass is over in a blink).
  if (!pass || pass.total === 0) return null;
  const label = t(pass.turning === 'on' ? 'lock.pass.on' : 'lock.pass.off', {
    done: pass.done.toLocaleString(),
    total: pass.total.toLocaleString(),
  });
  return (
    <div className="pass-progress">
      <progress max={Math.max(pass.total, 1)} value={pass.done} aria-label={t('lock.pass.label')} />
      <p>{label}</p>
    </div>
  );
}
