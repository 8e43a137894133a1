import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The benchmark's minimal page (bench/minimal): the app's stack with one mesh, built apart from the app
 * into bench-results/minimal-dist so that `npm run bench` can express the app's timings as ratios to it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./minimal', import.meta.url)),
  plugins: [react()],
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../bench-results/minimal-dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1', port: 0 },
});
