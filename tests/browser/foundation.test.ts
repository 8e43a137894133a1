import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openApp, sharedBrowser, sharedPage, shootView, waitForIdle, waitForScene } from './app';
import { imageDifference, litShare } from './png';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the 3D view', () => {
  // One page for these four: each starts from wherever the one before left the camera, which none relies on.
  const view = sharedPage(() => browser);
  afterAll(async () => {
    expect(await view.close()).toEqual([]);
  });

  it('loads the model, draws it and logs no error', async () => {
    const { page, errors } = await view.open();
    await waitForIdle(page);
    const shot = await shootView(page);
    expect(litShare(shot)).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
  });

  it('turns the model when dragged, zooms with the wheel, and Reset view restores the first image', async () => {
    const { page } = await view.open();
    await page.getByRole('button', { name: 'Reset view' }).click();
    await waitForIdle(page);
    const first = await shootView(page);
    const box = await page.locator('.canvas-holder').boundingBox();
    if (!box) throw new Error('No 3D view on the page');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;

    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 160, cy + 20, { steps: 8 });
    await page.mouse.up();
    await waitForIdle(page);
    const dragged = await shootView(page);
    expect(imageDifference(first, dragged)).toBeGreaterThan(0.02);

    await page.getByRole('button', { name: 'Reset view' }).click();
    await waitForIdle(page);
    expect(imageDifference(first, await shootView(page))).toBeLessThan(0.01);

    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -600);
    await waitForIdle(page);
    const zoomed = await shootView(page);
    // Closer means the bright anatomy covers more of the view.
    expect(litShare(zoomed)).toBeGreaterThan(litShare(first) * 1.15);
  });

  it('orbits with the arrow keys when the view has focus', async () => {
    const { page } = await view.open();
    await waitForIdle(page);
    const first = await shootView(page);
    await page.locator('.canvas-holder').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForIdle(page);
    expect(imageDifference(first, await shootView(page))).toBeGreaterThan(0.02);
  });

  it('stops drawing when nobody touches it', async () => {
    const { page } = await view.open();
    const settled = await waitForIdle(page);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.spineViewer?.frames)).toBe(settled);
  });
});

describe('when things go wrong', () => {
  it('shows an error with Retry when the model is missing, and Retry recovers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    let refuse = true;
    await page.route('**/models/spine*.glb', (route) =>
      refuse ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    );
    await page.goto(inject('baseURL'));
    await waitForScene(page, 'error');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/could not be loaded/i);
    // The text interface still works.
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().isVisible()).toBe(true);
    refuse = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForScene(page, 'ready');
    await page.close();
  });

  it('shows an error when the model file is corrupt', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.route('**/models/spine*.glb', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'model/gltf-binary',
        body: Buffer.from('glTF this is not a model'),
      }),
    );
    await page.goto(inject('baseURL'));
    await waitForScene(page, 'error');
    await expect.poll(() => page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await page.close();
  });

  it('explains that the 3D view is unavailable without WebGL, and keeps the text', async () => {
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page } = await openApp(noGl, '', { waitReady: false });
      await waitForScene(page, 'error');
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/3D view not available/i);
      await expect.poll(() => page.getByRole('list').first().isVisible()).toBe(true);
    } finally {
      await noGl.close();
    }
  });
});
