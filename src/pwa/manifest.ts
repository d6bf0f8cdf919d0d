import type { ManifestOptions } from 'vite-plugin-pwa';

// Kept in its own module so tests can check the served manifest against it.
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Between',
  short_name: 'Between',
  description:
    'A quiet place for the days between therapy sessions: journal, reflect, notice small steps. Everything stays on your device.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#245f5a',
  background_color: '#f7f4ee',
  categories: ['health', 'lifestyle', 'medical'],
  icons: [
    { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
    { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
    { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Log a success',
      short_name: 'Success',
      description: 'Note something that went well',
      url: '/today?capture=success',
      icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'New journal entry',
      short_name: 'Journal',
      description: 'Start writing',
      url: '/journal/new',
      icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
  share_target: {
    action: '/journal/new',
    method: 'GET',
    params: { title: 'title', text: 'text', url: 'url' },
  },
};
