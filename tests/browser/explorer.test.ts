import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConditionId, conditions } from '../../src/content';
import { layerOf } from '../../src/scene/modelNodes';
import {
  appUrl,
  openApp,
  type SeenPoint,
  SMALL_WINDOW,
  STILL,
  seenAcrossView,
  sharedBrowser,
  sharedPage,
  shootView,
  spotOf,
  waitForIdle,
} from './app';
import { imageDifference, litShare } from './png';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
/** The laptop-sized page that the tests measuring pixels share. */
const laptop = sharedPage(() => browser, '', STILL);
afterAll(async () => {
  expect(await laptop.close()).toEqual([]);
  await browser?.close();
});

const heading = (page: Page) => page.locator('#condition-heading').textContent({ timeout: 10_000 });
const hash = (page: Page) => new URL(page.url()).hash;
const stageOf = (page: Page, id: ConditionId) =>
  page.evaluate((c) => window.spineViewer?.pathology[c] ?? 0, id);

/** Waits for the condition's text, its address, and its pathology at the fully affected stage. */
async function expectOpen(page: Page, id: ConditionId, name: string) {
  await expect.poll(() => heading(page)).toBe(name);
  expect(hash(page)).toBe(`#${id}`);
  await expect.poll(() => stageOf(page, id), { timeout: 15_000 }).toBe(1);
}

describe('choosing a cause of nerve pain', () => {
  // What each condition's change looks like, around its spot and in the pressed nerve, is measured in
  // the teaching views' tests, which open the same view by its link.
  it('opens each condition from its marker, and frames its spot', async () => {
    const { page } = await laptop.open();
    for (const condition of conditions) {
      await page.getByRole('button', { name: 'Reset view' }).click();
      await waitForIdle(page);
      await page.locator(`.hotspot[data-condition="${condition.id}"]`).click();
      await expectOpen(page, condition.id, condition.name.en);
      await waitForIdle(page);
      expect((await spotOf(page, condition.id)).onScreen, condition.id).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
    }
  }, 240_000);

  it('opens each condition from the list by keyboard, and Esc returns to the list', async () => {
    const { page } = await openApp(browser, '', { ...STILL, viewport: SMALL_WINDOW });
    for (const condition of conditions) {
      const item = page.locator('.condition-list button', { hasText: condition.name.en });
      await item.focus();
      await page.keyboard.press('Enter');
      await expectOpen(page, condition.id, condition.name.en);
      // Focus moves to the heading, so a screen reader reads the condition next.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('condition-heading');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
    }
    await page.close();
  }, 240_000);

  it('opens each condition from a link, and moves back and forward between choices', async () => {
    // The first link opens a new page and shows its change in 3D too. The others are followed in that
    // page, as a link in a message or a bookmark is: the text, without waiting out a model load each (the
    // change of each is checked from a link in an open page, in the teaching views' tests).
    const [first, second, ...others] = conditions;
    const { page } = await openApp(browser, `#${first.id}`, { ...STILL, viewport: SMALL_WINDOW });
    await expectOpen(page, first.id, first.name.en);
    for (const condition of [second, ...others]) {
      await page.goto(appUrl(`#${condition.id}`));
      await expect.poll(() => heading(page)).toBe(condition.name.en);
      expect(hash(page)).toBe(`#${condition.id}`);
    }
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('.condition-list button', { hasText: first.name.en }).click();
    await expectOpen(page, first.id, first.name.en);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('.condition-list button', { hasText: second.name.en }).click();
    await expectOpen(page, second.id, second.name.en);
    await page.goBack();
    await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
    await page.goBack();
    await expectOpen(page, first.id, first.name.en);
    await page.goForward();
    await page.goForward();
    await expectOpen(page, second.id, second.name.en);
    await page.close();
  }, 240_000);

  it('opens the overview with a gentle notice for an unknown condition', async () => {
    const { page, errors } = await openApp(browser, '#slipped-rib', { ...STILL, viewport: SMALL_WINDOW });
    await expect.poll(() => page.locator('#overview-heading').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/did not match a topic/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * The markers as drawn: shown or not, how opaque, drawn as behind bone (border and leader both dashed,
 * and "(behind)" after the name), and where the scene says their spots are.
 */
async function markersSeen(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.hotspot')].map((button) => {
      const spot = window.spineViewer?.markers().find((m) => m.id === button.dataset.condition);
      const line = document.querySelector(
        `.callout-leaders g[data-condition="${button.dataset.condition}"] line`,
      );
      const word = button.querySelector('.hotspot-behind');
      return {
        id: button.dataset.condition ?? '',
        shown: !button.hidden,
        opacity: Number(getComputedStyle(button).opacity),
        dashed:
          getComputedStyle(button).borderTopStyle === 'dashed' &&
          line !== null &&
          getComputedStyle(line).strokeDasharray !== 'none' &&
          word !== null &&
          getComputedStyle(word).display !== 'none' &&
          button.textContent?.includes('(behind)') === true,
        spot: spot ? { x: spot.anchorX, y: spot.anchorY } : null,
      };
    }),
  );
}

/** The conditions whose markers are drawn as behind bone now (dashed, "(behind)"), and still opaque. */
const dashedMarkers = async (page: Page) => {
  const seen = await markersSeen(page);
  for (const m of seen) expect(m.opacity, `${m.id} marker is as clear as the others`).toBe(1);
  return seen.filter((m) => m.dashed).map((m) => m.id);
};

const bonesBehind = (page: Page) =>
  page.evaluate(() => (window.spineViewer?.markers() ?? []).filter((m) => m.behind).map((m) => m.id));

const canvasSize = async (page: Page) => {
  const box = await page.locator('.canvas-holder canvas').boundingBox();
  if (!box) throw new Error('No 3D view on the page.');
  return box;
};

/** How many points of the view show a structure for which `test` holds. */
const count = (points: SeenPoint[], test: (seen: string) => boolean) =>
  points.filter((p) => p.seen !== null && test(p.seen)).length;

describe('looking around the model', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await laptop.open());
  });

  /** Back to the overview, every layer shown, the camera at its start, the pointer off the view. */
  async function startOver() {
    await page.evaluate(() => {
      window.location.hash = '';
    });
    await page.getByRole('button', { name: 'Reset view' }).click();
    await page.mouse.move(2, 2);
    await waitForIdle(page);
  }

  async function layersMenu(open: boolean) {
    const menu = page.locator('.layers-menu');
    if (((await menu.getAttribute('open')) === null) === open) await menu.locator('summary').click();
  }

  it('dashes the border and leader of a marker whose spot lies behind bone and says so, and undoes both when the bone is hidden or turned away', async () => {
    await startOver();
    const behind = await bonesBehind(page);
    expect(behind.length).toBeGreaterThan(0);
    expect(behind.length).toBeLessThan(conditions.length);
    await expect.poll(() => dashedMarkers(page)).toEqual(behind);

    // With the bones hidden nothing stands in front of any spot: every marker is at full strength.
    await layersMenu(true);
    await page.locator('input[name="layer-bones"][value="hidden"]').check();
    await layersMenu(false);
    await page.mouse.move(2, 2);
    await expect.poll(() => dashedMarkers(page)).toEqual([]);
    await layersMenu(true);
    await page.locator('input[name="layer-bones"][value="shown"]').check();
    await layersMenu(false);
    await page.mouse.move(2, 2);
    await expect.poll(() => dashedMarkers(page)).toEqual(behind);

    // Turned round, other spots go behind bone and one that was hidden comes into sight.
    for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Turn left' }).click();
    await page.mouse.move(2, 2);
    await waitForIdle(page);
    const turned = await bonesBehind(page);
    expect(turned).not.toEqual(behind);
    expect(behind.some((id) => !turned.includes(id))).toBe(true);
    await expect.poll(() => dashedMarkers(page)).toEqual(turned);
  });

  it('centres the view on a double-clicked point, and drops the markers whose spots leave the view', async () => {
    await startOver();
    const view = await canvasSize(page);
    const middle = { x: view.width / 2, y: view.height / 2 };
    const pickAt = (x: number, y: number) =>
      page.evaluate(([a, b]) => window.spineViewer?.pick(a, b), [x, y]);
    // The point of the left thigh bone farthest from the middle, where no marker covers the view.
    const open = await page.evaluate(
      ([points, left, top]) =>
        points.filter((p) => document.elementFromPoint(left + p.x, top + p.y)?.tagName === 'CANVAS'),
      [await seenAcrossView(page), view.x, view.y] as const,
    );
    const thigh = open
      .filter((p) => p.seen === 'femur_left')
      .sort(
        (a, b) => Math.hypot(b.x - middle.x, b.y - middle.y) - Math.hypot(a.x - middle.x, a.y - middle.y),
      )[0];
    expect(thigh).toBeDefined();
    expect(await pickAt(middle.x, middle.y)).not.toBe('femur_left');
    const before = await page.evaluate(() => window.spineViewer?.cameraTarget());

    await page.mouse.dblclick(view.x + thigh.x, view.y + thigh.y);
    await page.mouse.move(2, 2);
    await waitForIdle(page);
    // The thigh bone is now what the middle of the view shows, and the camera turns around it.
    expect(await pickAt(middle.x, middle.y)).toBe('femur_left');
    const after = await page.evaluate(() => window.spineViewer?.cameraTarget());
    if (!before || !after) throw new Error('No camera target');
    expect(Math.hypot(...after.map((v, i) => v - before[i]))).toBeGreaterThan(0.05);

    // Closer in, the spine's spots leave the top of the view: their markers go, the rest stay.
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.mouse.move(2, 2);
    await waitForIdle(page);
    const markers = await markersSeen(page);
    const outside = markers.filter(
      (m) => m.spot && (m.spot.x < 0 || m.spot.x > view.width || m.spot.y < 0 || m.spot.y > view.height),
    );
    expect(outside.length).toBeGreaterThan(0);
    for (const marker of outside) expect(marker.shown, marker.id).toBe(false);
    const wellInside = markers.filter(
      (m) =>
        m.spot && m.spot.x > 40 && m.spot.x < view.width - 40 && m.spot.y > 40 && m.spot.y < view.height - 90,
    );
    for (const marker of wellInside) expect(marker.shown, marker.id).toBe(true);
  });

  it('shows one structure alone, sees the nerves through bone in the X-ray view, and shows all again', async () => {
    await startOver();
    const everything = await seenAcrossView(page);
    const whole = await shootView(page);
    const sacrumSeen = count(everything, (s) => s === 'sacrum');
    expect(new Set(everything.map((p) => p.seen)).size).toBeGreaterThan(8);

    // Alone, the sacrum is all there is, and more of it shows where other parts covered it.
    await page.getByRole('button', { name: 'Show only this Sacrum' }).click();
    await page.mouse.move(2, 2);
    await waitForIdle(page);
    const alone = await seenAcrossView(page);
    expect(new Set(alone.map((p) => p.seen))).toEqual(new Set([null, 'sacrum']));
    expect(count(alone, (s) => s === 'sacrum')).toBeGreaterThan(sacrumSeen);
    expect(litShare(await shootView(page))).toBeLessThan(litShare(whole) / 2);
    await page.getByRole('button', { name: 'Show everything Sacrum' }).click();
    await waitForIdle(page);
    expect(await seenAcrossView(page)).toEqual(everything);

    // X-ray: where bone was seen, the nerves behind it now show.
    await layersMenu(true);
    await page.getByRole('button', { name: 'X-ray view' }).click();
    await layersMenu(false);
    await page.mouse.move(2, 2);
    await waitForIdle(page);
    const xray = await seenAcrossView(page);
    const throughBone = xray.filter(
      (p, i) =>
        p.seen &&
        layerOf(p.seen) === 'nerves' &&
        everything[i].seen &&
        layerOf(everything[i].seen) === 'bones',
    );
    expect(throughBone.length).toBeGreaterThan(10);
    expect(imageDifference(await shootView(page), whole)).toBeGreaterThan(0.05);

    await layersMenu(true);
    await page.locator('.layers-menu').getByRole('button', { name: 'Show everything' }).click();
    await layersMenu(false);
    await waitForIdle(page);
    expect(await seenAcrossView(page)).toEqual(everything);
  });

  it('adds the buttock muscle when its layer is shown, and lets every look pass through the faint skin', async () => {
    await startOver();
    const before = await seenAcrossView(page);
    const gluteus = (s: string) => s.startsWith('gluteus_maximus_');
    expect(count(before, gluteus)).toBe(0);
    expect(count(before, (s) => s === 'skin')).toBe(0);
    const setGluteus = async (mode: 'shown' | 'hidden') => {
      await layersMenu(true);
      await page.locator(`input[name="layer-gluteus"][value="${mode}"]`).check();
      await layersMenu(false);
      await page.mouse.move(2, 2);
      await waitForIdle(page);
    };
    await setGluteus('shown');
    const shown = await seenAcrossView(page);
    expect(count(shown, gluteus)).toBeGreaterThan(5);
    expect(count(shown, (s) => s === 'skin')).toBe(0);
    await setGluteus('hidden');
    expect(await seenAcrossView(page)).toEqual(before);
  });

  it('compares healthy on the left with affected on the right, each half named', async () => {
    await startOver();
    await page.evaluate(() => {
      window.location.hash = 'herniated-disc';
    });
    await expectOpen(page, 'herniated-disc', 'Herniated disc');
    const compare = page.getByRole('checkbox', { name: 'Compare healthy and affected' });
    const slider = page.getByRole('slider', { name: 'Change from healthy to affected' });
    /** The split view at the slider's end `key`; the change itself is played in the single view. */
    async function splitAt(key: 'Home' | 'End', stage: number) {
      await compare.uncheck();
      await slider.focus();
      await page.keyboard.press(key);
      await expect.poll(() => stageOf(page, 'herniated-disc'), { timeout: 15_000 }).toBe(stage);
      await compare.check();
      await page.mouse.move(2, 2);
      await waitForIdle(page);
      return shootView(page);
    }
    const affected = await splitAt('End', 1);
    const view = await canvasSize(page);
    const labels = page.locator('.compare-labels span');
    expect(await labels.allTextContents()).toEqual(['Healthy', 'Affected']);
    const [healthyLabel, affectedLabel] = [
      await labels.nth(0).boundingBox(),
      await labels.nth(1).boundingBox(),
    ];
    if (!healthyLabel || !affectedLabel) throw new Error('A half has no name on the screen.');
    expect(healthyLabel.x + healthyLabel.width).toBeLessThanOrEqual(view.x + view.width / 2);
    expect(affectedLabel.x).toBeGreaterThanOrEqual(view.x + view.width / 2);

    // At Healthy, the left half, healthy all along, is as it was; the right half changes where the disc is.
    const healthy = await splitAt('Home', 0);
    const half = { y: 0, w: view.width / 2, h: view.height };
    const left = imageDifference(affected, healthy, { ...half, x: 0 });
    const right = imageDifference(affected, healthy, { ...half, x: view.width / 2 });
    console.info(
      `split view: ${(left * 100).toFixed(2)}% of the left half changes, ${(right * 100).toFixed(2)}% of the right`,
    );
    expect(left).toBeLessThan(0.002);
    expect(right).toBeGreaterThan(0.01);
    await compare.uncheck();
    expect(await labels.count()).toBe(0);
  });
});
