import type { ComponentType, LazyExoticComponent } from 'react';
import { TodayScreen } from '../features/today/TodayScreen';
import { lazyScreen, type MessageKey } from '../i18n';
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

/** Shown in place of any screen while Between is locked. */
export const unlockRoute: RouteDef = {
  path: '/',
  titleKey: 'lock.locked.title',
  component: lazyScreen(() => import('../features/lock/UnlockScreen')),
  tab: 'today',
};

export const routes: RouteDef[] = [
  { path: '/', titleKey: 'today.title', component: TodayScreen, tab: 'today' },
  { path: '/today', titleKey: 'today.title', component: TodayScreen, tab: 'today' },
  {
    path: '/journal',
    titleKey: 'journal.title',
    component: lazyScreen(() => import('../features/journal/JournalScreen')),
    tab: 'journal',
  },
  {
    path: '/journal/new',
    titleKey: 'journal.new.title',
    component: lazyScreen(() => import('../features/journal/NewEntryScreen')),
    tab: 'journal',
  },
  {
    path: '/journal/:id',
    titleKey: 'journal.edit.title',
    component: lazyScreen(() => import('../features/journal/EditEntryScreen')),
    tab: 'journal',
  },
  {
    path: '/goals',
    titleKey: 'goals.title',
    component: lazyScreen(() => import('../features/goals/GoalsScreen')),
    tab: 'goals',
  },
  {
    path: '/goals/new',
    titleKey: 'goals.new.title',
    component: lazyScreen(() => import('../features/goals/NewGoalScreen')),
    tab: 'goals',
  },
  {
    path: '/goals/:id/edit',
    titleKey: 'goals.edit.title',
    component: lazyScreen(() => import('../features/goals/EditGoalScreen')),
    tab: 'goals',
  },
  {
    path: '/goals/:id',
    titleKey: 'goals.detail.title',
    component: lazyScreen(() => import('../features/goals/GoalDetailScreen')),
    tab: 'goals',
  },
  {
    path: '/moments',
    titleKey: 'moments.title',
    component: lazyScreen(() => import('../features/logs/MomentsScreen')),
    tab: 'more',
  },
  {
    path: '/progress',
    titleKey: 'progress.title',
    component: lazyScreen(() => import('../features/progress/ProgressScreen')),
    tab: 'progress',
  },
  {
    path: '/more',
    titleKey: 'more.title',
    component: lazyScreen(() => import('../features/more/MoreScreen')),
    tab: 'more',
  },
  {
    path: '/settings',
    titleKey: 'settings.title',
    component: lazyScreen(() => import('../features/settings/SettingsScreen')),
    tab: 'more',
  },
  {
    path: '/settings/reminders',
    titleKey: 'reminders.title',
    component: lazyScreen(() => import('../features/reminders/RemindersScreen')),
    tab: 'more',
  },
  {
    path: '/settings/reminders/new',
    titleKey: 'reminders.new.title',
    component: lazyScreen(() => import('../features/reminders/NewReminderScreen')),
    tab: 'more',
  },
  {
    path: '/settings/reminders/check',
    titleKey: 'reminders.check.title',
    component: lazyScreen(() => import('../features/reminders/ReminderCheckScreen')),
    tab: 'more',
  },
  {
    path: '/settings/reminders/:id',
    titleKey: 'reminders.edit.title',
    component: lazyScreen(() => import('../features/reminders/EditReminderScreen')),
    tab: 'more',
  },
  {
    path: '/settings/lock',
    titleKey: 'lock.title',
    component: lazyScreen(() => import('../features/lock/LockScreen')),
    tab: 'more',
  },
  {
    path: '/settings/backup',
    titleKey: 'backup.title',
    component: lazyScreen(() => import('../features/backup/BackupScreen')),
    tab: 'more',
  },
  {
    path: '/prompts',
    titleKey: 'prompts.title',
    component: lazyScreen(() => import('../features/prompts/PromptsScreen')),
    tab: 'journal',
  },
  {
    path: '/inbox',
    titleKey: 'inbox.title',
    component: lazyScreen(() => import('../features/prompts/InboxScreen')),
    tab: 'more',
  },
  {
    path: '/inbox/import',
    titleKey: 'import.title',
    component: lazyScreen(() => import('../features/prompts/ImportScreen')),
    tab: 'more',
  },
  {
    path: '/q',
    titleKey: 'q.title',
    component: lazyScreen(() => import('../features/prompts/QuestionLinkScreen')),
    tab: 'more',
  },
  {
    path: '/for-therapists',
    titleKey: 'therapists.title',
    component: lazyScreen(() => import('../features/therapists/TherapistsScreen')),
    tab: 'more',
  },
  {
    path: '/sessions',
    titleKey: 'sessions.title',
    component: lazyScreen(() => import('../features/sessions/SessionsScreen')),
    tab: 'more',
  },
  {
    path: '/sessions/prep',
    titleKey: 'prep.title',
    component: lazyScreen(() => import('../features/sessions/PrepScreen')),
    tab: 'more',
  },
  {
    path: '/sessions/review',
    titleKey: 'review.title',
    component: lazyScreen(() => import('../features/sessions/ReviewScreen')),
    tab: 'more',
  },
  {
    path: '/sessions/reviews',
    titleKey: 'reviews.title',
    component: lazyScreen(() => import('../features/sessions/ReviewsScreen')),
    tab: 'more',
  },
  {
    path: '/sessions/:id',
    titleKey: 'sessions.editTitle',
    component: lazyScreen(() => import('../features/sessions/EditSessionScreen')),
    tab: 'more',
  },
  {
    path: '/checkin',
    titleKey: 'checkin.title',
    component: lazyScreen(() => import('../features/checkins/CheckinScreen')),
    tab: 'progress',
  },
  {
    path: '/measures/:id',
    titleKey: 'measures.title',
    component: lazyScreen(() => import('../features/checkins/MeasureScreen')),
    tab: 'progress',
  },
  {
    path: '/past-self',
    titleKey: 'pastself.title',
    component: lazyScreen(() => import('../features/pastself/PastSelfScreen')),
    tab: 'more',
  },
  {
    path: '/past-self/intake',
    titleKey: 'intake.title',
    component: lazyScreen(() => import('../features/pastself/IntakeScreen')),
    tab: 'more',
  },
  {
    path: '/past-self/letters/new',
    titleKey: 'letter.new.title',
    component: lazyScreen(() => import('../features/pastself/NewLetterScreen')),
    tab: 'more',
  },
  {
    path: '/past-self/letters/:id',
    titleKey: 'letter.view.title',
    component: lazyScreen(() => import('../features/pastself/LetterScreen')),
    tab: 'more',
  },
  {
    path: '/why',
    titleKey: 'why.title',
    component: lazyScreen(() => import('../features/why/WhyScreen')),
    tab: 'more',
  },
  {
    path: '/patterns',
    titleKey: 'patterns.title',
    component: lazyScreen(() => import('../features/patterns/PatternsScreen')),
    tab: 'more',
  },
  {
    path: '/patterns/:id',
    titleKey: 'patterns.detail.title',
    component: lazyScreen(() => import('../features/patterns/PatternScreen')),
    tab: 'more',
  },
  {
    path: '/help',
    titleKey: 'help.title',
    component: lazyScreen(() => import('../features/crisis/HelpScreen')),
    tab: 'more',
  },
];

export function matchRoute(pathname: string): RouteDef | undefined {
  return routes.find((route) => matchPath(route.path, pathname) !== undefined);
}
