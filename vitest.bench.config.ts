import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: [],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    setupFiles: ['tests/bench/setup.ts'],
  },
});
