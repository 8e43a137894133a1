import { defineConfig } from 'vitest/config';

/** Browser tests: headless Chromium against the production build in dist/, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/serve.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
