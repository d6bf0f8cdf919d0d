import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import { manifest } from './src/pwa/manifest';
import pkg from './package.json' with { type: 'json' };

// Strict CSP for the preview server; index.html carries the same policy as a meta tag
// so that any static host serving dist/ gets it too.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: [],
      includeManifestIcons: false,
      pwaAssets: {
        image: 'public/icon.svg',
        preset: {
          ...minimal2023Preset,
          maskable: {
            sizes: [512],
            padding: 0.3,
            resizeOptions: { background: '#245f5a' },
          },
          apple: {
            sizes: [180],
            padding: 0.3,
            resizeOptions: { background: '#245f5a' },
          },
        },
        overrideManifestIcons: true,
        includeHtmlHeadLinks: true,
        injectThemeColor: false,
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt}'],
      },
      devOptions: { enabled: false },
    }),
  ],
});
