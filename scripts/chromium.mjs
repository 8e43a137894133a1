// One way to find and start Chromium, for the browser tests, the benchmark and the model previews.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * The Chromium to drive: `CHROME_PATH` if set, else the headless Chromium that `npm install` brought
 * (@sparticuz/chromium, unpacked into the temp folder on first use), so the tests need no browser installed
 * by hand. Only its binary is used: its own flags are for serverless hosts and would switch off web security.
 */
export async function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const { default: bundled } = await import('@sparticuz/chromium');
  return bundled.executablePath();
}

/** Flags that give WebGL 2 without a GPU (SwiftShader) and keep Chromium quiet on a closed network. */
export const CHROMIUM_FLAGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--mute-audio',
];

/** Starts headless Chromium; Playwright gives every launch a fresh, empty profile. */
export async function launchChromium(extraFlags = []) {
  return chromium.launch({
    executablePath: await chromePath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}

/**
 * Starts headless Chromium as a server that several test files connect to in turn, so the browser
 * tests start it once; each file still gets fresh contexts (profiles) of its own.
 */
export async function launchChromiumServer() {
  return chromium.launchServer({
    executablePath: await chromePath(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

/** JS heap in use after a full garbage collection, in bytes (Chromium DevTools protocol). */
export async function heapUsedAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Waits until the app has drawn no frame for 1.2 s: the camera and any pathology animation have ended. */
export async function waitUntilStill(page) {
  let last = -1;
  for (let quiet = 0; quiet < 8; ) {
    await page.waitForTimeout(150);
    const frames = await page.evaluate(() => window.spineViewer?.frames ?? 0);
    quiet = frames === last ? quiet + 1 : 0;
    last = frames;
  }
}
