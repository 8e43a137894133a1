import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, STILL, sharedBrowser } from './app';
import { decodePng } from './png';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The shading colour of styles.css (.skin-area), give or take anti-aliasing. */
const isShaded = (r: number, g: number, b: number) => r > 170 && g > 40 && g < 110 && b < 60;

/**
 * How many shaded pixels lie on the viewer's left and right of each view's midline, as seen on screen.
 * The midline is the middle of the view's outline.
 */
async function shadedHalves(figure: Locator) {
  const svg = figure.locator('svg');
  const box = await svg.boundingBox();
  if (!box) throw new Error('The body figure is not on screen');
  const mids = await svg.evaluate((el) =>
    [...el.querySelectorAll<SVGGElement>('.body-view')].map((view) => {
      const r = view.querySelector('.body-outline')?.getBoundingClientRect();
      return { view: view.dataset.view ?? '', left: r?.left ?? 0, right: r?.right ?? 0 };
    }),
  );
  const { width, height, rgba } = decodePng(await svg.screenshot());
  const scale = width / box.width;
  const counts: Record<string, { viewerLeft: number; viewerRight: number }> = {};
  for (const { view, left, right } of mids) {
    const [from, mid, to] = [left, (left + right) / 2, right].map((x) => Math.round((x - box.x) * scale));
    const count = { viewerLeft: 0, viewerRight: 0 };
    for (let y = 0; y < height; y++) {
      for (let x = from ?? 0; x < (to ?? 0); x++) {
        const i = (y * width + x) * 4;
        if (isShaded(rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0)) {
          if (x < (mid ?? 0)) count.viewerLeft++;
          else count.viewerRight++;
        }
      }
    }
    counts[view] = count;
  }
  return counts;
}

describe('where you may feel it', () => {
  it('shades the left S1 area for the herniated disc, in the panel and on the handout', async () => {
    const { page, errors } = await openApp(browser, '#herniated-disc', { ...STILL, waitReady: false });
    const figure = page.getByRole('img', {
      name: /Shaded: where the S1 nerve root can cause pain or numbness, on the left side/,
    });
    await figure.scrollIntoViewIfNeeded();
    expect(await figure.isVisible()).toBe(true);
    const panelFigure = page.locator('.panel .body-map');
    expect(await panelFigure.locator('figcaption').textContent()).toMatch(/overlap and differ/);

    // Every shaded shape is the S1 area on the left, and it shows only on the patient's left:
    // the viewer's right from the front (the outer foot), the viewer's left from behind.
    const shapes = panelFigure.locator('.skin-area');
    expect(await shapes.count()).toBeGreaterThan(1);
    for (const shape of await shapes.all()) {
      expect(await shape.getAttribute('data-area')).toBe('S1');
      expect(await shape.getAttribute('data-side')).toBe('left');
    }
    const halves = await shadedHalves(panelFigure);
    expect(halves.front?.viewerLeft).toBe(0);
    expect(halves.front?.viewerRight).toBeGreaterThan(10);
    expect(halves.back?.viewerRight).toBe(0);
    // Buttock, back of the thigh and calf, and heel: a large share of one leg.
    expect(halves.back?.viewerLeft).toBeGreaterThan(1000);

    // The printed handout carries the same figure.
    await page.emulateMedia({ media: 'print' });
    const handoutFigure = page.locator('.handout .body-map');
    await expect.poll(() => handoutFigure.isVisible()).toBe(true);
    const printed = await shadedHalves(handoutFigure);
    expect(printed.back?.viewerLeft).toBeGreaterThan(300);
    expect(printed.back?.viewerRight).toBe(0);
    expect(printed.front?.viewerLeft).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
