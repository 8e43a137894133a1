// One way to find and start Chromium, for the browser tests, the benchmark and the model previews.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chromium to drive: `CHROME_PATH`, else the usual install places; never a silent skip. */
export function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = USUAL_PATHS.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it (Debian or Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
  return found;
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
export function launchChromium(extraFlags = []) {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
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
