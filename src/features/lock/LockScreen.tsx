import { useState } from 'react';
import { useLocation } from '../../app/router';
import { t } from '../../i18n';
import { Screen } from '../../ui/Screen';
import { ChangePassphraseCard, LockNowCard, TurnOffLockCard } from './LockOnCards';
import { PassProgress } from './PassProgress';
import { TurnOnLock } from './TurnOnLock';
import type { LockPhase } from './lockStore';
import { useLock } from './useLock';
import './lock.css';

/** "Lock is on." / "Lock is off." once, when the phase changes while this screen is open. */
function usePhaseChange(phase: LockPhase): string {
  const [previous, setPrevious] = useState(phase);
  const [message, setMessage] = useState('');
  if (phase !== previous) {
    setPrevious(phase);
    if (previous === 'off' && phase === 'unlocked') setMessage(t('lock.turnedOn'));
    if (previous === 'unlocked' && phase === 'off') setMessage(t('lock.turnedOff'));
  }
  return message;
}

/** Settings → App lock: turn it on (with a recovery key), change it, or turn it off. */
export default function LockScreen() {
  const { phase, pass } = useLock();
  const { search } = useLocation();
  const recovered = new URLSearchParams(search).has('recovered');
  const changed = usePhaseChange(phase);
  return (
    <Screen title={t('lock.title')} lead={t('lock.intro')}>
      {/* Announced; the card below says the same on screen. */}
      <p role="status" className="visually-hidden">
        {changed}
      </p>
      {phase === 'unlocked' ? (
        <>
          {pass ? <PassProgress /> : null}
          {recovered ? <ChangePassphraseCard recovered /> : null}
          <LockNowCard />
          {recovered ? null : <ChangePassphraseCard recovered={false} />}
          <TurnOffLockCard />
        </>
      ) : (
        <TurnOnLock />
      )}
    </Screen>
  );
}
