import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { modelDrawCounts } from '../../scripts/bench/model.mjs';
import {
  cycleSelections,
  framesWhileIdle,
  javascriptBeforeFirstFrame,
  type MeasuredPage,
  openMeasuredPage,
  orbit,
  orbitFigures,
  type RenderInfo,
  readRecord,
  renderInfo,
  waitForConditionShown,
  waitForIdle,
  waitForReady,
} from '../../scripts/bench/probes.mjs';
import { CONDITION_IDS } from '../../src/content/schema';
import { sharedBrowser } from './app';

/** The performance budgets (docs/PERFORMANCE.md); KB and MB are decimal, as Vite reports sizes. */
const BUDGET = {
  javascriptGzipBeforeFirstFrame: 400_000,
  modelBytesShipped: 2_000_000,
  drawCalls: 60,
  triangles: 250_000,
};

let browser: Browser;
const appUrl = (query: string) => new URL(query, inject('baseURL')).href;

beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the full model, loaded, at rest and in use', () => {
  let app: MeasuredPage;
  let page: Page;
  let afterLoad: RenderInfo;

  beforeAll(async () => {
    app = await openMeasuredPage(browser, appUrl('?detail=full'), {
      modelDrawCounts: modelDrawCounts('dist/models/spine.glb'),
    });
    page = app.page;
    await waitForReady(page);
    await waitForIdle(page);
    afterLoad = await renderInfo(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('loads at most 400 KB (gzip) of JavaScript before the first 3D frame', async () => {
    const javascript = await javascriptBeforeFirstFrame(page, app.responses);
    expect(javascript.files.map((f) => f.url)).toContainEqual(expect.stringMatching(/\/assets\/Scene-/));
    expect(javascript.gzip).toBeLessThanOrEqual(BUDGET.javascriptGzipBeforeFirstFrame);
  });

  it('creates one WebGL context: the one it draws with, no other to test for WebGL 2', async () => {
    const record = await readRecord(page);
    expect(record.modelDrawnAt).not.toBeNull();
    expect(record.webglContextCalls).toEqual(['webgl2']);
  });

  it('draws at most 60 draw calls and 250,000 triangles a frame at rest', () => {
    expect(afterLoad.triangles).toBeGreaterThan(0);
    expect(afterLoad.calls).toBeLessThanOrEqual(BUDGET.drawCalls);
    expect(afterLoad.triangles).toBeLessThanOrEqual(BUDGET.triangles);
  });

  it('draws no frame in 3 s of idle after loading', async () => {
    expect(await framesWhileIdle(page, 3000)).toBe(0);
  });

  // How soon the camera settles after release (budget 1.5 s) is timed by `npm run bench`, not here: under
  // software WebGL on a busy machine one frame can take half a second, so a wall-clock limit in a test
  // fails for the machine's sake. The camera must still come to rest: waitForIdle gives up after 30 s.
  it('draws a drag at one lower pixel ratio, then comes to rest on a full-quality frame', async () => {
    const peak = await orbit(page, { dx: 360, dy: 40, steps: 12, stepMs: 60 });
    await waitForIdle(page);
    const drag = orbitFigures(await readRecord(page));
    expect(drag.framesWhileDragging).toBeGreaterThan(5);
    expect(peak.calls).toBeLessThanOrEqual(BUDGET.drawCalls);
    expect(peak.triangles).toBeLessThanOrEqual(BUDGET.triangles);
    expect(drag.dprWhileDragging).toBeLessThan(drag.dprAtRest);
    // Down once and up once: a device slower than a timer switched it back and forth at every frame.
    expect(drag.dprChanges).toBe(2);
    // Full quality again at rest: the pixel ratio of the first frame after loading.
    expect(drag.dprAtRest).toBeCloseTo((await readRecord(page)).frames[0].dpr, 2);
  });

  it("draws no frame in 3 s of idle after a condition's animation has ended", async () => {
    await page.locator('.condition-list button').first().click();
    await waitForConditionShown(page);
    await waitForIdle(page);
    expect(await framesWhileIdle(page, 3000)).toBe(0);
  });

  // Four rounds of every condition: one object left behind per selection shows as a difference already.
  it('keeps the same geometries, textures and shader programs through 24 more selections', async () => {
    // One round first, so that what a condition makes once, on its first showing, is not counted.
    await cycleSelections(page, CONDITION_IDS, CONDITION_IDS.length, 1);
    await waitForIdle(page);
    const warmedUp = await renderInfo(page);
    await cycleSelections(page, CONDITION_IDS, 4 * CONDITION_IDS.length, 10);
    await waitForIdle(page);
    const after = await renderInfo(page);
    expect({ geometries: after.geometries, textures: after.textures, programs: after.programs }).toEqual({
      geometries: warmedUp.geometries,
      textures: warmedUp.textures,
      programs: warmedUp.programs,
    });
    expect(app.errors).toEqual([]);
  });
});

it('ships at most 2 MB of models in all', () => {
  const dir = join('dist', 'models');
  const models = readdirSync(dir).filter((name) => name.endsWith('.glb'));
  expect(models).toEqual(expect.arrayContaining(['spine.glb', 'spine-lite.glb']));
  const bytes = models.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  expect(bytes).toBeLessThanOrEqual(BUDGET.modelBytesShipped);
});

it('shows the text before the 3D code has finished loading, and fetches the model meanwhile', async () => {
  let releaseScene = () => {};
  const sceneHeld = new Promise<void>((resolve) => {
    releaseScene = resolve;
  });
  const { page } = await openMeasuredPage(browser, appUrl('?detail=full'), {
    beforeGoto: (p) =>
      p.route('**/assets/Scene-*.js', async (route) => {
        await sceneHeld;
        await route.continue();
      }),
  });
  await page.locator('#overview-heading').waitFor({ state: 'visible' });
  expect(await page.locator('.viewport').getAttribute('data-scene-state')).toBe('loading');
  // The model's download does not wait for the 3D code: both are asked for at start-up.
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('resource').some((e) => /spine\.glb$/.test(e.name))),
    )
    .toBe(true);
  releaseScene();
  await waitForReady(page);
  await page.close();
});

/** The model file the app asks for at `query` on a device with these hints. */
async function modelRequested(query: string, hints: { cores: number; memoryGb: number }): Promise<string> {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.addInitScript(({ cores, memoryGb }) => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => cores });
    Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => memoryGb });
  }, hints);
  const request = page.waitForRequest(/\/models\/[^/]+\.glb/);
  await page.goto(appUrl(query));
  const url = new URL((await request).url()).pathname;
  await page.close();
  return url.slice(url.lastIndexOf('/') + 1);
}

it('loads the lite model on a slow device, unless ?detail= asks for one', async () => {
  const fast = { cores: 8, memoryGb: 8 };
  const slow = { cores: 2, memoryGb: 8 };
  expect(await modelRequested('', fast)).toBe('spine.glb');
  expect(await modelRequested('', slow)).toBe('spine-lite.glb');
  expect(await modelRequested('', { cores: 8, memoryGb: 2 })).toBe('spine-lite.glb');
  expect(await modelRequested('?detail=full', slow)).toBe('spine.glb');
  expect(await modelRequested('?detail=lite', fast)).toBe('spine-lite.glb');
  expect(await modelRequested('?detail=fastest', fast)).toBe('spine.glb');
});
