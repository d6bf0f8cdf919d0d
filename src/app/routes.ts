import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { TodayScreen } from '../features/today/TodayScreen';
import type { MessageKey } from '../i18n';
import { matchPath } from './router';

// Today is the first screen and ships in the entry chunk; every other screen is
// its own lazy chunk so the first paint stays small.
export interface RouteDef {
  /** Exact path, or a pattern with ':param' segments. The first match in the list wins. */
  path: string;
  titleKey: MessageKey;
  component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Which bottom-navigation tab is highlighted for this route. */
  tab: 'today' | 'journal' | 'goals' | 'progress' | 'more';
}

export const routes: RouteDef[] = [
  { path: '/', titleKey: 'today.title', component: TodayScreen, tab: 'today' },
  { path: '/today', titleKey: 'today.title', component: TodayScreen, tab: 'today' },
  {
    path: '/journal',
    titleKey: 'journal.title',
    component: lazy(() => import('../features/journal/JournalScreen')),
    tab: 'journal',
  },
  {
    path: '/journal/new',
    titleKey: 'journal.new.title',
    component: lazy(() => import('../features/journal/NewEntryScreen')),
    tab: 'journal',
  },
  {
    path: '/goals',
    titleKey: 'goals.title',
    component: lazy(() => import('../features/goals/GoalsScreen')),
    tab: 'goals',
  },
  {
    path: '/progress',
    titleKey: 'progress.title',
    component: lazy(() => import('../features/progress/ProgressScreen')),
    tab: 'progress',
  },
  {
    path: '/more',
    titleKey: 'more.title',
    component: lazy(() => import('../features/more/MoreScreen')),
    tab: 'more',
  },
  {
    path: '/settings',
    titleKey: 'settings.title',
    component: lazy(() => import('../features/settings/SettingsScreen')),
    tab: 'more',
  },
  {
    path: '/settings/backup',
    titleKey: 'backup.title',
    component: lazy(() => import('../features/backup/BackupScreen')),
    tab: 'more',
  },
  {
    path: '/for-therapists',
    titleKey: 'therapists.title',
    component: lazy(() => import('../features/therapists/TherapistsScreen')),
    tab: 'more',
  },
  {
    path: '/help',
    titleKey: 'help.title',
    component: lazy(() => import('../features/crisis/HelpScreen')),
    tab: 'more',
  },
];

export function matchRoute(pathname: string): RouteDef | undefined {
  return routes.find((route) => matchPath(route.path, pathname) !== undefined);
}
