import { t, type MessageKey } from '../i18n';
import { Link } from './Link';
import type { RouteDef } from './routes';

const tabs: { id: RouteDef['tab']; to: string; label: MessageKey; icon: string }[] = [
  { id: 'today', to: '/', label: 'nav.today', icon: 'M4 11.5 12 5l8 6.5V20h-5v-5H9v5H4z' },
  { id: 'journal', to: '/journal', label: 'nav.journal', icon: 'M6 4h10l2 2v14H6zM9 9h6M9 13h6M9 17h4' },
  { id: 'goals', to: '/goals', label: 'nav.goals', icon: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8z' },
  { id: 'progress', to: '/progress', label: 'nav.progress', icon: 'M4 19h16M6 16l4-5 3 3 5-7' },
  { id: 'more', to: '/more', label: 'nav.more', icon: 'M6 12h.01M12 12h.01M18 12h.01' },
];

export function BottomNav({ active }: { active: RouteDef['tab'] | undefined }) {
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link to={tab.to} aria-current={active === tab.id ? 'page' : undefined}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={tab.icon} />
              </svg>
              <span>{t(tab.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
