// Pictures of the teaching views, as the patient sees them: the 3D view of a 1280x720 window (or
// [width] [height]), each condition fully affected, in one browser. After `npm run build`:
//   node scripts/teaching-shots.mjs docs/images [width] [height] [extra-query] [jpg|png]
// writes OUT_DIR/teaching-<condition-id>.jpg and OUT_DIR/teaching-home.jpg (JPEG by default: a fifth of
// a PNG's size in the repository; PNG for tools that read only PNG).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { launchChromium, waitUntilStill } from './chromium.mjs';

const [out = 'shots', width = '1280', height = '720', query = '', format = 'jpg'] = process.argv.slice(2);
const picture = format === 'png' ? { type: 'png' } : { type: 'jpeg', quality: 85 };
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
  const view = page.locator('.viewport');
  await view.screenshot({ path: join(out, `teaching-home.${format}`), timeout: 90_000, ...picture });
  // Every condition the model marks, in the app's order.
  const conditions = await page.evaluate(() => window.spineViewer.markers().map((m) => m.id));
  for (const id of conditions) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, id);
    await page.waitForFunction((c) => window.spineViewer?.pathology[c] === 1, id, { timeout: 30_000 });
    await waitUntilStill(page);
    const file = join(out, `teaching-${id}.${format}`);
    await view.screenshot({ path: file, timeout: 90_000, ...picture });
    console.log(`saved ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
