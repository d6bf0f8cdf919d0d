import { defineConfig } from 'vitest/config';

// End-to-end journeys: real Chromium (playwright-core) against `vite preview` of dist/.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    env: { TZ: 'Europe/London' },
  },
});
