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
 * Opens `url` and times, in ms since navigation: the text heading laid out, the first 3D frame, and ready
 * (scene ready and the last frame before it stops drawing). Returns the open page for more measuring.
 */
async function loadPage(browser, url) {
  const measured = await openMeasuredPage(browser, url);
  await waitForReady(measured.page);
  const idle = await waitForIdle(measured.page);
  const record = await readRecord(measured.page);
  const timings = {
    textMs: record.textAt ?? Number.NaN,
    firstFrameMs: record.frames[0]?.at ?? Number.NaN,
    readyMs: Math.max(record.readyAt ?? 0, idle.lastFrameAt),
  };
  return { ...measured, timings };
}

/** The median of each timing over `runs` fresh loads of `url`. */
export async function loadTimings(browser, url, runs) {
  const all = [];
  for (let run = 0; run < runs; run += 1) {
    const { page, timings } = await loadPage(browser, url);
    all.push(timings);
    await page.close();
  }
  const median = (key) =>
    percentile(
      all.map((t) => t[key]),
      50,
    );
  return { textMs: median('textMs'), firstFrameMs: median('firstFrameMs'), readyMs: median('readyMs') };
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
export async function measureApp(browser, url, { selections }) {
  const { page, responses, errors, timings } = await loadPage(browser, url);
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
