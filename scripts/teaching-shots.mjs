// Screenshots of the teaching views, as a patient sees them: each condition fully affected, one browser.
// Usage: node scripts/teaching-shots.mjs OUT_DIR [width] [height] [extra-query]   (after `npm run build`)
// Writes OUT_DIR/<condition-id>.png and OUT_DIR/home.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { launchChromium, waitUntilStill } from './chromium.mjs';

const [out = 'shots', width = '1280', height = '720', query = ''] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await launchChromium();

try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  const base = server.resolvedUrls.local[0];
  await page.goto(new URL(`?detail=full${query}`, base).href);
  await page.waitForSelector('.viewport[data-scene-state="ready"]', { timeout: 90_000 });
  await waitUntilStill(page);
  await page.screenshot({ path: join(out, 'home.png') });
  // Every condition the model marks, in the app's order.
  const conditions = await page.evaluate(() => window.spineViewer.markers().map((m) => m.id));
  for (const id of conditions) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, id);
    await page.waitForFunction((c) => window.spineViewer?.pathology[c] === 1, id, { timeout: 30_000 });
    await waitUntilStill(page);
    await page.screenshot({ path: join(out, `${id}.png`) });
    console.log(`saved ${join(out, `${id}.png`)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
