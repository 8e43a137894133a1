import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ILLUSTRATION, MRI, OUT_OF_PLACE } from '../../src/scene/section/tissues';
import { openApp, STILL, sharedBrowser, waitForIdle } from './app';
import { decodePng, type Pixels } from './png';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const near = (a: Rgb, b: Rgb, tolerance = 14) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

/** The colours of the 3x3 pixels around a point of the view. */
function around(image: Pixels, x: number, y: number): Rgb[] {
  const out: Rgb[] = [];
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const i = ((Math.round(y) + dy) * image.width + Math.round(x) + dx) * 4;
      out.push([image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]]);
    }
  }
  return out;
}

/** The 3D view's picture once it is still, with the pointer out of the way. */
async function stillPicture(page: Page): Promise<Pixels> {
  await page.mouse.move(2, 2);
  await waitForIdle(page);
  // The canvas alone, by its box on the page (a still element, so no wait for it to settle).
  const box = await page.locator('.canvas-holder canvas').boundingBox();
  if (!box) throw new Error('No 3D view');
  return decodePng(await page.screenshot({ clip: box, timeout: 90_000 }));
}

/** How many of the pixels around a point of the model have one of `colours`. */
async function matches(page: Page, node: string, local: [number, number, number], colours: string[]) {
  const image = await stillPicture(page);
  const at = await page.evaluate(([n, l]) => window.spineViewer?.nodeOnScreen(n, l), [node, local] as const);
  if (!at) throw new Error(`${node} is not on the screen`);
  const pixels = around(image, at.x, at.y);
  return { share: pixels.filter((p) => colours.some((c) => near(p, rgb(c)))).length / pixels.length, pixels };
}

const calls = (page: Page) => page.evaluate(() => window.spineViewer?.renderInfo().calls ?? 0);
/** Markers, labels and their leader lines are page elements over the 3D view: out of the pixels' way. */
const hideMarkers = (page: Page) =>
  page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement | SVGElement>(
      '.hotspot, .canvas-holder svg, .picture-labels',
    )) {
      element.style.visibility = 'hidden';
    }
  });

describe('the cross-section', () => {
  it('cuts the herniated disc across, seen from above, with filled faces, and turns off', async () => {
    const { page, errors } = await openApp(browser, '#herniated-disc', STILL);
    await hideMarkers(page);
    await expect
      .poll(() => page.evaluate(() => window.spineViewer?.pathology['herniated-disc']), { timeout: 15_000 })
      .toBe(1);
    const toggle = page.getByRole('checkbox', { name: 'Show a cut through the body' });
    expect(await toggle.isChecked()).toBe(true);
    // The gel's healthy shape is drawn on the cut as a dashed line, and the view says what it is.
    const key = page.getByText('Dashed line: the healthy shape');
    await expect.poll(() => key.isVisible()).toBe(true);
    // Beside the view buttons, the key to the nerves' colours.
    expect(await page.getByText('Pressed nerve').isVisible()).toBe(true);
    expect(await page.getByText('Healthy nerve').isVisible()).toBe(true);

    // The middle of the L5-S1 disc lies on the plane, inside the gel: its cut face, not the disc's
    // far wall nor the background, is drawn there; 14 mm to the front lies the ring.
    const gel = await matches(page, 'disc_L5_S1', [0, 0, 0], [ILLUSTRATION.wornNucleus.color]);
    expect(gel.share, JSON.stringify(gel.pixels)).toBeGreaterThanOrEqual(7 / 9);
    const ring = await matches(page, 'disc_L5_S1', [0, 0, 0.014], [ILLUSTRATION.annulus.color]);
    expect(ring.share, JSON.stringify(ring.pixels)).toBeGreaterThanOrEqual(7 / 9);
    expect(await calls(page)).toBeLessThanOrEqual(60);

    // The MRI look turns the same faces grey.
    await page.getByRole('checkbox', { name: 'MRI look' }).check();
    const grey = await matches(page, 'disc_L5_S1', [0, 0, 0], [MRI.wornNucleus.color]);
    expect(grey.share, JSON.stringify(grey.pixels)).toBeGreaterThanOrEqual(7 / 9);
    expect(await page.getByText('a drawing in the style of an MRI, not your own scan').count()).toBe(1);
    await page.getByRole('checkbox', { name: 'MRI look' }).uncheck();

    // Off: the disc is whole again and hides the cut face's place.
    await toggle.uncheck();
    const whole = await matches(page, 'disc_L5_S1', [0, 0, 0], [ILLUSTRATION.wornNucleus.color]);
    expect(whole.share).toBeLessThan(3 / 9);
    expect(await key.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('colours the bulging disc red where it has spread past its healthy edge, and nowhere when healthy', async () => {
    const { page, errors } = await openApp(browser, '#bulging-disc', STILL);
    await hideMarkers(page);
    const stage = (value: number) =>
      expect
        .poll(() => page.evaluate(() => window.spineViewer?.pathology['bulging-disc']), { timeout: 15_000 })
        .toBe(value);
    await stage(1);
    // Points every 0.5 mm back from the middle of the L4-L5 disc, through its back wall: one of them
    // lies in the bulge, past the healthy edge.
    const back = Array.from(
      { length: 40 },
      (_, i) => [0, 0, -0.008 - i * 0.0005] as [number, number, number],
    );
    const redAlong = async () => {
      const image = await stillPicture(page);
      let red = 0;
      for (const local of back) {
        const at = await page.evaluate(([l]) => window.spineViewer?.nodeOnScreen('disc_L4_L5', l), [
          local,
        ] as const);
        if (!at) continue;
        const pixels = around(image, at.x, at.y);
        if (pixels.filter((p) => near(p, rgb(OUT_OF_PLACE))).length >= 7) red += 1;
      }
      return red;
    };
    expect(await redAlong()).toBeGreaterThanOrEqual(2);
    const slider = page.getByRole('slider', { name: 'Change from healthy to affected' });
    await slider.focus();
    await page.keyboard.press('Home');
    await stage(0);
    expect(await redAlong()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('cuts along the midline, seen from the side, filling each vertebra with spongy bone', async () => {
    const { page, errors } = await openApp(browser, '#spondylolisthesis', STILL);
    await hideMarkers(page);
    // Healthy, so the vertebra is where its node says.
    const slider = page.getByRole('slider', { name: 'Change from healthy to affected' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.evaluate(() => window.spineViewer?.pathology.spondylolisthesis), { timeout: 15_000 })
      .toBe(0);
    await page.getByRole('checkbox', { name: 'Show a cut through the body' }).check();
    await page.getByRole('radio', { name: 'Lengthwise, seen from the side' }).check();
    expect(await page.getByText('Through the middle of the spine').count()).toBe(1);

    const spongy = ILLUSTRATION.spongy;
    const body = await matches(page, 'L4', [0, 0, 0], [spongy.color, spongy.pores ?? spongy.color]);
    expect(body.share, JSON.stringify(body.pixels)).toBeGreaterThanOrEqual(7 / 9);
    expect(await calls(page)).toBeLessThanOrEqual(60);

    const mri = MRI.spongy;
    await page.getByRole('checkbox', { name: 'MRI look' }).check();
    const grey = await matches(page, 'L4', [0, 0, 0], [mri.color, mri.pores ?? mri.color]);
    expect(grey.share, JSON.stringify(grey.pixels)).toBeGreaterThanOrEqual(7 / 9);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
