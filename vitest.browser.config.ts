import { defineConfig } from 'vitest/config';

/**
 * Browser tests: headless Chromium against the production build in dist/, two files at a time, each in a
 * Chromium of its own (serve.ts): while one waits on its page, the other draws.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/serve.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
