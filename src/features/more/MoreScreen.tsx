import { t, type MessageKey } from '../../i18n';
import { Link } from '../../app/Link';
import { Card } from '../../ui/Card';
import { Screen } from '../../ui/Screen';
import { lockNow } from '../lock/lockService';
import { useLock } from '../lock/useLock';

const entries: { to: string; label: MessageKey; hint: MessageKey }[] = [
  { to: '/moments', label: 'moments.more', hint: 'moments.more.hint' },
  { to: '/help', label: 'more.help', hint: 'more.help.hint' },
  { to: '/sessions', label: 'more.sessions', hint: 'more.sessions.hint' },
  { to: '/past-self', label: 'pastself.title', hint: 'pastself.more.hint' },
  { to: '/why', label: 'why.title', hint: 'why.more.hint' },
  { to: '/patterns', label: 'patterns.title', hint: 'patterns.more.hint' },
  { to: '/settings', label: 'more.settings', hint: 'more.settings.hint' },
  { to: '/settings/reminders', label: 'reminders.title', hint: 'reminders.more.hint' },
  { to: '/inbox', label: 'inbox.title', hint: 'inbox.more.hint' },
  { to: '/prompts', label: 'prompts.more.link', hint: 'prompts.more.hint' },
  { to: '/for-therapists', label: 'more.therapists', hint: 'more.therapists.hint' },
];

export default function MoreScreen() {
  const { phase } = useLock();
  return (
    <Screen title={t('more.title')}>
      {phase === 'unlocked' ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => void lockNow()}>
            {t('lock.lockNow')}
          </button>
        </div>
      ) : null}
      <ul className="link-list">
        {entries.map((entry) => (
          <li key={entry.to}>
            <Link to={entry.to}>
              <strong>{t(entry.label)}</strong>
              <span className="hint">{t(entry.hint)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Card title={t('more.about')}>
        <p>{t('more.about.body')}</p>
      </Card>
    </Screen>
  );
}
