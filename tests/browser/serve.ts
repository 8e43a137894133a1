import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserEndpoints: string[];
  }
}

/**
 * Serves the production build on 127.0.0.1 for the browser tests, as a user would get it, and starts one
 * Chromium for each test file that runs at a time (starting one per file cost seconds each on a small
 * machine). Software WebGL draws, and compiles the shaders of, all of a browser's pages in its one GPU
 * process: with one browser for both files, each file's frames waited behind the other's.
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
  const browsers = await Promise.all(
    Array.from({ length: project.config.maxWorkers }, () => launchChromiumServer()),
  );
  project.provide(
    'browserEndpoints',
    browsers.map((browser) => browser.wsEndpoint()),
  );
  return async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server.close();
  };
}
