import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserEndpoint: string;
  }
}

/**
 * Serves the production build on 127.0.0.1 for the browser tests, as a user would get it, and starts the
 * one Chromium that all test files share (starting it per file cost seconds each on a small machine).
 */
export default async function serve(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/. Run `npm run build` first (npm test does it for you).');
  }
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseURL', url);
  const chromium = await launchChromiumServer();
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}
