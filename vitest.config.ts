import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { 'virtual:pwa-register': new URL('./tests/unit/mocks/pwa-register.ts', import.meta.url).pathname },
  },
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Two shared cores in CI: a slow run is not a wrong answer. Tests assert
    // behaviour, never time; this only stops a hung test.
    testTimeout: 30_000,
    env: { TZ: 'Europe/London' },
  },
});
