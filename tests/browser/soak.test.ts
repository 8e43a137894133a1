import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heapUsedAfterGc } from '../../scripts/chromium.mjs';
import { conditions, tour } from '../../src/content';
import { openApp, sharedBrowser, waitForIdle } from './app';

/**
 * Rounds of the whole consultation, measured after one warm-up round: every condition in turn, then the
 * whole tour. `npm test` runs a few: GPU resources must stay exactly equal, so one left behind per round
 * fails it already. `npm run soak` runs the long day (50 rounds) that also bounds slow memory growth.
 */
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 2);
/** Heap growth allowed: 50 KB a round, and at least 1 MB for the garbage collector's own noise. */
const HEAP_SLACK = Math.max(1024 * 1024, ROUNDS * 50 * 1024);

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const gpuResources = (page: Page) =>
  page.evaluate(() => {
    const info = window.spineViewer?.renderInfo();
    return { geometries: info?.geometries, textures: info?.textures, programs: info?.programs };
  });

/** Every condition from the list, then the whole tour by keyboard and out again, at a clinician's pace. */
async function oneRound(page: Page) {
  for (const condition of conditions) {
    await page.locator('.condition-list button', { hasText: condition.name.en }).click();
    await page.locator('#condition-heading', { hasText: condition.name.en }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#overview-heading').waitFor();
  }
  await page.keyboard.press('F5');
  await page.getByTestId('presenter-counter').waitFor();
  for (let step = 1; step < tour.length; step++) await page.keyboard.press('ArrowRight');
  await page
    .getByTestId('presenter-counter')
    .filter({ hasText: `Step ${tour.length} of` })
    .waitFor();
  await page.keyboard.press('Escape');
  await page.locator('#overview-heading').waitFor();
}

describe('a long day in the consultation room', () => {
  it(`keeps GPU resources and memory steady over ${ROUNDS} rounds of every condition and the whole tour`, async () => {
    // A small window: what is measured is resources, not pixels, and software WebGL draws it 4x faster.
    const { page, errors } = await openApp(browser, '', { viewport: { width: 640, height: 360 } });
    // Every shader is compiled once the first picture is up, so no click stalls to build one.
    await waitForIdle(page);
    const programsAfterLoading = (await gpuResources(page)).programs;
    await oneRound(page);
    await waitForIdle(page);
    const resourcesAfterWarmUp = await gpuResources(page);
    expect(resourcesAfterWarmUp.programs).toBe(programsAfterLoading);
    const heapAfterWarmUp = await heapUsedAfterGc(page);

    for (let round = 0; round < ROUNDS; round++) await oneRound(page);
    await waitForIdle(page);

    const after = await gpuResources(page);
    expect(after).toEqual(resourcesAfterWarmUp);
    const heap = await heapUsedAfterGc(page);
    expect(heap - heapAfterWarmUp).toBeLessThan(HEAP_SLACK);
    expect(errors).toEqual([]);
    await page.close();
  }, 1_200_000);
});
