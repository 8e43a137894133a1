// Takes screenshots of the production build in headless Chromium, as a user would see it.
// Usage: node scripts/screenshot.mjs OUT.png [hash-or-query] [width] [height]
import { preview } from 'vite';
import { launchChromium, waitUntilStill } from './chromium.mjs';

const [out = 'screenshot.png', path = '', width = '1280', height = '720'] = process.argv.slice(2);
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(new URL(path, server.resolvedUrls.local[0]).href);
  await page.waitForSelector('.viewport:not([data-scene-state="loading"])', { timeout: 60_000 });
  await waitUntilStill(page);
  await page.screenshot({ path: out });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
