import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { heapUsedAfterGc } from '../chromium.mjs';
import {
  cycleSelections,
  framesWhileIdle,
  javascriptBeforeFirstFrame,
  modelBytesLoaded,
  openMeasuredPage,
  orbit,
  orbitFigures,
  percentile,
  readRecord,
  renderInfo,
  VIEWPORT,
  waitForConditionShown,
  waitForIdle,
  waitForReady,
} from './probes.mjs';

/** Bytes of every model file the build ships (dist/models/*.glb). */
export function modelBytesShipped(distDir = 'dist') {
  const dir = join(distDir, 'models');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.glb'))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/**
 * Opens `url` and times, in ms since navigation: the text heading laid out, the first frame in which the
 * model is drawn (a draw call with one of `modelDrawCounts`; null: the first draw call), the canvas's first
 * animation frame (which can come before anything is drawn in it), and ready (scene ready and the last
 * frame before it stops drawing). `context`: open it there (a repeat visit). Returns the open page.
 */
async function loadPage(browser, url, { modelDrawCounts = null, context } = {}) {
  const measured = await openMeasuredPage(browser, url, { modelDrawCounts, context });
  await waitForReady(measured.page);
  const idle = await waitForIdle(measured.page);
  const record = await readRecord(measured.page);
  const timings = {
    textMs: record.textAt ?? Number.NaN,
    modelFrameMs: record.modelDrawnAt ?? Number.NaN,
    canvasFrameMs: record.frames[0]?.at ?? Number.NaN,
    readyMs: Math.max(record.readyAt ?? 0, idle.lastFrameAt),
  };
  return { ...measured, timings };
}

/** The median of each timing in `all` (one object of timings per load). */
function medians(all) {
  const keys = Object.keys(all[0] ?? {});
  return Object.fromEntries(
    keys.map((key) => [
      key,
      percentile(
        all.map((t) => t[key]),
        50,
      ),
    ]),
  );
}

/** The median of each timing over `runs` fresh loads of `url`, each in a new context: a cold cache. */
export async function loadTimings(browser, url, runs, options = {}) {
  const all = [];
  for (let run = 0; run < runs; run += 1) {
    const { page, timings } = await loadPage(browser, url, options);
    all.push(timings);
    await page.close();
  }
  return medians(all);
}

/**
 * The median of each timing over `runs` repeat visits of `url`: one browser context visits it once, waits
 * until its service worker is active (with `serviceWorker`: it has stored the files by then), then loads
 * it `runs` more times, which find their files in that worker's cache (or else the HTTP cache).
 */
export async function repeatVisitTimings(browser, url, runs, { serviceWorker = false, ...options } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'allow' });
  try {
    const first = await loadPage(browser, url, { ...options, context });
    if (serviceWorker)
      await first.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
    await first.page.close();
    const all = [];
    for (let run = 0; run < runs; run += 1) {
      const { page, timings } = await loadPage(browser, url, { ...options, context });
      all.push(timings);
      await page.close();
    }
    return medians(all);
  } finally {
    await context.close();
  }
}

/** Drags the view and returns the drag's frame times and pixel ratios once it has stopped drawing. */
async function measureOrbit(page) {
  const peak = await orbit(page, { dx: 420, dy: 60, steps: 40, stepMs: 75 });
  await waitForIdle(page);
  return { peak, ...orbitFigures(await readRecord(page)) };
}

/** How the minimal page draws while dragged: the floor for the app's frame time on this machine. */
export async function measureMinimalOrbit(browser, url) {
  const { page } = await loadPage(browser, url);
  const figures = await measureOrbit(page);
  await page.close();
  return figures;
}

/**
 * Everything measured on one load of the app: bytes, frames per scene at rest and orbiting, idle frames,
 * frame times, damping, pixel ratios, and JS heap and GPU resources after load, after a first round of
 * the six conditions and after `selections` more.
 */
export async function measureApp(browser, url, { selections, modelDrawCounts }) {
  const { page, responses, errors, timings } = await loadPage(browser, url, { modelDrawCounts });
  const javascript = await javascriptBeforeFirstFrame(page, responses);
  const modelBytes = await modelBytesLoaded(responses);
  const atRest = await renderInfo(page);
  const heapAfterLoad = await heapUsedAfterGc(page);
  const idleFramesAfterLoad = await framesWhileIdle(page, 3000);

  const orbiting = await measureOrbit(page);

  await page.locator('.condition-list button').first().click();
  await waitForConditionShown(page);
  await waitForIdle(page);
  const idleFramesAfterCondition = await framesWhileIdle(page, 3000);

  // The conditions as the app marks them on the model.
  const CONDITION_IDS = await page.evaluate(() => window.spineViewer.markers().map((m) => m.id));
  // One round first: each condition's first look (code, text, a shader variant) is not a leak.
  await cycleSelections(page, CONDITION_IDS, CONDITION_IDS.length, 1);
  await waitForIdle(page);
  const afterFirstRound = await renderInfo(page);
  const heapAfterFirstRound = await heapUsedAfterGc(page);
  await cycleSelections(page, CONDITION_IDS, selections);
  await waitForIdle(page);
  const afterSelections = await renderInfo(page);
  const heapAfterSelections = await heapUsedAfterGc(page);
  await page.close();
  return {
    timings,
    javascript,
    modelBytes,
    atRest,
    orbiting,
    idleFramesAfterLoad,
    idleFramesAfterCondition,
    heapAfterLoad,
    heapAfterFirstRound,
    heapAfterSelections,
    afterFirstRound,
    afterSelections,
    errors,
  };
}
