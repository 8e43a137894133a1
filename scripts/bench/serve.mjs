import { build, preview } from 'vite';

/** The minimal page's Vite config (its build goes to bench-results/minimal-dist). */
export const MINIMAL_CONFIG = 'bench/vite.config.ts';

/** Production builds of the app (into dist/) and of the minimal page. */
export async function buildPages() {
  await build({ logLevel: 'warn' });
  await build({ configFile: MINIMAL_CONFIG, logLevel: 'warn' });
}

/** Serves a production build on 127.0.0.1 at a free port, as `vite preview` would; returns its URL. */
export async function servePage(configFile) {
  const server = await preview({
    configFile,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}
