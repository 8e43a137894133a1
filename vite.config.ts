import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vitest/config';
import { clinic } from './src/config/clinic.ts';
// Loading the content validates every record and the clinic's tour: a bad one fails the build, naming it.
import './src/content/index.ts';
import { contentSecurityPolicy, META_DIRECTIVES } from './src/config/csp.ts';

const csp = contentSecurityPolicy(clinic.frameAncestors);
const securityHeaders = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Puts the policy in the page too, for static hosts that cannot send headers. */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_DIRECTIVES.join('; ') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Stops R3F's `<Canvas>` from registering the whole three.js namespace (`extend(THREE)`), which keeps all
 * of three.js in the bundle (~46 KB gzip of unused classes). Scene.tsx `extend`s the few classes it uses
 * as JSX elements instead. Build only; fails the build if R3F's code no longer matches.
 */
function treeShakeThreeCatalogue(): Plugin {
  return {
    name: 'tree-shake-three-catalogue',
    apply: 'build',
    transform(code, id) {
      if (!/@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/.test(id)) return;
      if (!code.includes('extend(THREE)'))
        this.error('R3F no longer calls extend(THREE) in Canvas: update this plugin.');
      return code.replace('extend(THREE)', 'undefined');
    },
  };
}

/**
 * Lists the app's chunk (and the chunks it imports) in the page as module preloads, so the browser fetches
 * them side by side with the entry module instead of after it has run. The 3D view's chunk is left to the
 * entry module (src/scene/preload.ts), which asks for it a moment later: preloaded here too, its download
 * and compiling held back the text's first paint, and the model's first frame no sooner (measured).
 */
function preloadAppChunks(): Plugin {
  return {
    name: 'preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
        const app = chunks.find((chunk) => /[\\/]src[\\/]App\.tsx$/.test(chunk.facadeModuleId ?? ''));
        if (!app) throw new Error('The App chunk was not found: update preloadAppChunks.');
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const files = [app?.fileName ?? '', ...(app?.imports ?? [])].filter(
          (file) => file && !entries.has(file),
        );
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    treeShakeThreeCatalogue(),
    preloadAppChunks(),
    VitePWA({
      // An update waits for the clinician's yes: never a reload in the middle of a consultation.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Spine and nerve pain explorer',
        short_name: 'Spine explorer',
        description: 'A 3D model of the lower spine, pelvis and sciatic nerve for the consultation room.',
        theme_color: '#1d2430',
        background_color: '#151a22',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,glb,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: securityHeaders },
  server: { headers: { 'X-Content-Type-Options': 'nosniff' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/model/**/*.test.ts', 'tests/scene/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Every core: the default leaves one free, which on a 2-core machine runs the files one at a time
    // (measured: 68 s against 42 s for all of them).
    maxWorkers: '100%',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
