/** Every screen of the shell and the heading a person sees on it. */
export const shellRoutes: { path: string; heading: string }[] = [
  { path: '/', heading: 'Today' },
  { path: '/journal', heading: 'Journal' },
  { path: '/journal/new', heading: 'New entry' },
  { path: '/goals', heading: 'Goals' },
  { path: '/progress', heading: 'Progress' },
  { path: '/more', heading: 'More' },
  { path: '/settings', heading: 'Settings' },
  { path: '/settings/backup', heading: 'Backup and restore' },
  { path: '/for-therapists', heading: 'For therapists' },
  { path: '/help', heading: 'Need help now' },
];
