import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { citation, type Lang, t, tour } from '../../src/content';
import { sharedBrowser, waitForIdle, waitForScene } from './app';
import { imageDifference } from './png';

const total = tour.length;
const NEXT_KEYS = ['PageDown', 'ArrowRight', 'ArrowDown', 'Space'];

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh context (so BroadcastChannel reaches its popups) with one page of the app open at `path`. */
async function openInContext(path = ''): Promise<{ context: BrowserContext; page: Page; crashes: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'block',
    // Steps cut rather than fly: these tests check what each step shows, not the motion (see openApp).
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  await page.goto(new URL(path, inject('baseURL')).href);
  await page.waitForSelector('.app');
  return { context, page, crashes };
}

// 30 s: right after the first picture, or a step that shows new tissues, the page compiles shaders in one
// frame, which in software WebGL on a busy machine has held the page for over 15 s.
const text = (page: Page, testId: string) => page.getByTestId(testId).textContent({ timeout: 30_000 });

/** The 3D view alone, without the presenter's toolbar or ink over it. */
async function shootModel(page: Page): Promise<Buffer> {
  const hide = (on: boolean) =>
    page.evaluate((hidden) => {
      for (const el of document.querySelectorAll<HTMLElement>('.presenter-controls, .presenter-drawing')) {
        el.style.visibility = hidden ? 'hidden' : '';
      }
    }, on);
  await hide(true);
  const shot = await page.locator('.canvas-holder').screenshot();
  await hide(false);
  return shot;
}

/** Moves the mouse onto the caption band, off the model, so no hover label or highlight shows. */
async function mouseOffModel(page: Page) {
  await page.mouse.move(640, 710);
}

/**
 * Waits until a page just loaded has drawn its first picture: that frame compiles every shader, which in
 * software WebGL on a busy machine holds the page for many seconds.
 */
async function settleAfterLoad(page: Page) {
  await waitForScene(page, 'ready');
  await waitForIdle(page);
}

/** Checks that step `n` (1-based) is on the patient's screen: caption, counter, address and announcement. */
async function expectStep(page: Page, n: number) {
  const step = tour[n - 1];
  await expect.poll(() => text(page, 'presenter-counter'), { timeout: 30_000 }).toBe(`Step ${n} of ${total}`);
  expect(await page.locator('.presenter-caption-text').textContent()).toBe(step.caption.en);
  expect(await page.locator('.presenter-caption-title').textContent()).toContain(step.title.en);
  expect(await text(page, 'presenter-announcer')).toBe(`Step ${n} of ${total}: ${step.title.en}`);
  expect(await page.evaluate(() => window.location.hash)).toBe(`#tour/${n}`);
}

/** Checks the presenter view shows step `n` and the step after it. */
async function expectViewStep(view: Page, n: number) {
  await expect.poll(() => text(view, 'pv-counter'), { timeout: 5000 }).toContain(`Step ${n} of ${total}`);
  expect(await text(view, 'pv-caption')).toBe(tour[n - 1].caption.en);
  expect(await text(view, 'pv-notes')).toBe(tour[n - 1].notes.en);
  // The references behind the notes' figures, for the clinician.
  const sources = tour[n - 1].sources ?? [];
  expect(await view.getByTestId('pv-sources').count()).toBe(sources.length > 0 ? 1 : 0);
  for (const source of sources) expect(await text(view, 'pv-sources')).toContain(citation(source));
  expect(await text(view, 'pv-next-title')).toBe(n < total ? tour[n].title.en : 'This is the last step');
}

/** Checks the patient sees the "education, not a diagnosis" notice: in view, readable and not covered. */
async function expectNotice(page: Page, lang: Lang) {
  const notice = page.getByTestId('presenter-disclaimer');
  await expect
    .poll(() => text(page, 'presenter-disclaimer'), { timeout: 30_000 })
    .toBe(t('disclaimer', lang));
  const box = await notice.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('the notice has no box on screen');
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.height).toBeGreaterThanOrEqual(14);
  // The overlay lets clicks through to the model; the notice takes them for this check only.
  const onTop = await notice.evaluate((el) => {
    el.style.pointerEvents = 'auto';
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 20, r.top + r.height / 2);
    el.style.pointerEvents = '';
    return hit !== null && el.contains(hit);
  });
  expect(onTop).toBe(true);
}

describe('presenter mode', () => {
  it('shows the patient the notice that this is education, not a diagnosis, at every step', async () => {
    const { context, page, crashes } = await openInContext('#tour/1');
    await expectStep(page, 1);
    await expectNotice(page, 'en');
    expect(await page.locator('.panel').isVisible()).toBe(false);
    await page.keyboard.press('End');
    await expectStep(page, total);
    await expectNotice(page, 'en');
    const spanish = await context.newPage();
    await spanish.goto(new URL('?lang=es#tour/2', inject('baseURL')).href);
    await expectNotice(spanish, 'es');
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('is driven by the keyboard alone: every step, blank, jump, Home, End and Esc', async () => {
    const { context, page, crashes } = await openInContext();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await page.keyboard.press('F5');
    await expectStep(page, 1);
    await expect.poll(() => page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.panel').isVisible()).toBe(false);
    const historyAtStart = await page.evaluate(() => history.length);

    for (let n = 2; n <= total; n++) {
      await page.keyboard.press(NEXT_KEYS[n % NEXT_KEYS.length]);
      await expectStep(page, n);
    }
    // The steps that open a condition add no `#condition` entries to the history.
    expect(await page.evaluate(() => history.length)).toBe(historyAtStart);

    await page.keyboard.press('PageDown');
    await expect.poll(() => text(page, 'presenter-announcer')).toBe('End of the tour');
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) await page.keyboard.press(key);
    await expectStep(page, total - 3);

    for (const key of ['b', 'b', '.', '.']) {
      const wasBlank = await page.getByTestId('presenter-blank').isVisible();
      await page.keyboard.press(key);
      await expect.poll(() => page.getByTestId('presenter-blank').isVisible()).toBe(!wasBlank);
    }

    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expectStep(page, 5);
    await page.keyboard.type('11');
    await page.keyboard.press('Enter');
    await expectStep(page, 11);
    await page.keyboard.press('Home');
    await expectStep(page, 1);
    await page.keyboard.press('End');
    await expectStep(page, total);

    // A clicker sends F5 and Esc in turn: F5 while presenting neither reloads nor leaves.
    await page.keyboard.press('F5');
    await expectStep(page, total);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.topbar').isVisible()).toBe(true);
    expect(await page.locator('.panel').isVisible()).toBe(true);
    expect(await page.getByTestId('presenter-mode').count()).toBe(0);
    expect(await page.evaluate(() => window.location.hash)).not.toMatch(/tour/);
    await page.keyboard.press('Escape');
    expect(await page.locator('.topbar').isVisible()).toBe(true);
    // Outside a presentation the arrow keys are not the tour's.
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('presenter-mode').count()).toBe(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('starts from the Present button by keyboard, toggles autoplay and the pointer, and resumes after a reload', async () => {
    const { context, page, crashes } = await openInContext();
    const present = page.getByRole('button', { name: 'Present' });
    await present.focus();
    await page.keyboard.press('Enter');
    await expectStep(page, 1);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expectStep(page, 4);

    await page.keyboard.press('a');
    const autoplay = page.getByRole('button', { name: 'Pause' });
    expect(await autoplay.getAttribute('aria-pressed')).toBe('true');
    // Autoplay moves the tour on by itself after AUTOPLAY_SECONDS (12 s).
    await expect.poll(() => text(page, 'presenter-counter'), { timeout: 20_000 }).toBe(`Step 5 of ${total}`);
    await page.keyboard.press('a');
    expect(await page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');

    await page.keyboard.press('p');
    await page.mouse.move(640, 300);
    const dot = await page.getByTestId('presenter-pointer').boundingBox();
    expect(dot && Math.hypot(dot.x + dot.width / 2 - 640, dot.y + dot.height / 2 - 300)).toBeLessThan(2);
    await page.keyboard.press('p');
    expect(await page.getByTestId('presenter-pointer').count()).toBe(0);
    // Held down, P shows the pointer only until it is let go, like a laser pointer.
    await page.keyboard.down('p');
    await page.mouse.move(600, 300);
    await page.waitForTimeout(600);
    expect(await page.getByTestId('presenter-pointer').count()).toBe(1);
    await page.keyboard.up('p');
    await expect.poll(() => page.getByTestId('presenter-pointer').count()).toBe(0);

    await page.reload();
    await settleAfterLoad(page);
    await expectStep(page, 5);
    expect(await page.locator('.topbar').isVisible()).toBe(false);

    await page.goto(new URL('#tour/7', inject('baseURL')).href);
    await expectStep(page, 7);

    // With pop-ups blocked, S says how to allow them, and the presentation goes on.
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.keyboard.press('s');
    await expect.poll(() => page.locator('.presenter-notice').textContent()).toMatch(/pop-up/i);
    await expectStep(page, 7);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('keeps a presenter view in step both ways, and reconnects after either window reloads', async () => {
    const { context, page, crashes } = await openInContext();
    await page.keyboard.press('F5');
    await page.keyboard.press('PageDown');
    await expectStep(page, 2);

    const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const viewScripts: string[] = [];
    view.on('request', (request) => viewScripts.push(request.url()));
    await view.waitForLoadState();
    await expectViewStep(view, 2);
    expect(await view.locator('canvas').count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await expectViewStep(view, 3);

    await view.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 4);
    await expectViewStep(view, 4);
    await view.keyboard.press('PageUp');
    await expectStep(page, 3);

    await view.reload();
    await expectViewStep(view, 3);
    await page.reload();
    await settleAfterLoad(page);
    await expectStep(page, 3);
    await view.keyboard.press('End');
    await expectStep(page, total);
    await expectViewStep(view, total);

    expect(viewScripts.filter((url) => /Scene|\.glb/.test(url))).toEqual([]);
    expect(crashes).toEqual([]);
    await context.close();
  });
});

describe('presenter mode over the 3D view', () => {
  it('lets the mouse turn the model within a step, returns to the scripted view, draws without turning, and clears', async () => {
    const { context, page, crashes } = await openInContext('#tour/1');
    await waitForScene(page, 'ready');
    await expectStep(page, 1);
    await waitForIdle(page);
    const scripted = await shootModel(page);
    const box = await page.locator('.canvas-holder').boundingBox();
    if (!box) throw new Error('No 3D view on the page');
    expect(box.width).toBe(1280);
    const [cx, cy] = [box.width / 2, box.height / 3];

    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 200, cy, { steps: 6 });
    await page.mouse.up();
    await mouseOffModel(page);
    await waitForIdle(page);
    const turned = await shootModel(page);
    expect(imageDifference(scripted, turned)).toBeGreaterThan(0.02);

    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    await expectStep(page, 1);
    await waitForIdle(page);
    const back = await shootModel(page);
    expect(imageDifference(scripted, back)).toBeLessThan(0.01);

    await page.keyboard.press('d');
    await page.mouse.move(cx - 100, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 150, cy + 40, { steps: 6 });
    await page.mouse.up();
    await mouseOffModel(page);
    await waitForIdle(page);
    const inked = () =>
      page.getByTestId('presenter-drawing').evaluate((canvas: HTMLCanvasElement) => {
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        let count = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count++;
        return count;
      });
    expect(await inked()).toBeGreaterThan(500);
    // The model under the ink has not turned.
    expect(imageDifference(scripted, await shootModel(page))).toBeLessThan(0.01);
    // C clears the drawing, and the Clear drawing button does too.
    await page.keyboard.press('c');
    expect(await inked()).toBe(0);
    await page.mouse.move(cx - 100, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 150, cy + 40, { steps: 6 });
    await page.mouse.up();
    expect(await inked()).toBeGreaterThan(500);
    await page.getByRole('button', { name: 'Clear drawing' }).click();
    expect(await inked()).toBe(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it("shows a condition's step in the condition's own teaching view, as when it is chosen from the list", async () => {
    const n = tour.findIndex((step) => step.id === 'spondylolisthesis') + 1;
    /**
     * Where a few landmarks are on the screen, with L1 at the origin and the L1-sacrum distance as the unit:
     * the same camera direction gives the same layout, whatever the size of the view.
     */
    const layout = async (page: Page) => {
      await waitForScene(page, 'ready');
      await waitForIdle(page);
      return page.evaluate(() => {
        type Local = [number, number, number];
        const at = (node: string, local: Local = [0, 0, 0]) =>
          window.spineViewer?.nodeOnScreen(node, local) ?? { x: Number.NaN, y: 0 };
        // L3's body, and 4 cm to its left, to its right and behind it (metres, in L3's own frame).
        const points: Local[] = [
          [0, 0, 0],
          [0.04, 0, 0],
          [-0.04, 0, 0],
          [0, 0, -0.04],
        ];
        const origin = at('L1');
        const unit = Math.hypot(at('sacrum').x - origin.x, at('sacrum').y - origin.y);
        return points.map((local) => [
          (at('L3', local).x - origin.x) / unit,
          (at('L3', local).y - origin.y) / unit,
        ]);
      });
    };
    const { context, page, crashes } = await openInContext(`#tour/${n}`);
    await expectStep(page, n);
    const inTour = await layout(page);
    // Out of the tour, back to the overview, and the same condition chosen from the list.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presenter-mode').count()).toBe(0);
    await page.evaluate(() => {
      window.location.hash = '';
    });
    await page.locator('.condition-list button', { hasText: 'Spondylolisthesis' }).click();
    await expect.poll(() => page.locator('#condition-heading').textContent()).toBe('Spondylolisthesis');
    const fromList = await layout(page);
    const apart = inTour.map(([x, y], i) => Math.hypot(x - fromList[i][0], y - fromList[i][1]));
    expect(Math.max(...apart)).toBeLessThan(0.03);
    expect(crashes).toEqual([]);
    await context.close();
  });
});
