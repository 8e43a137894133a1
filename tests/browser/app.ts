import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** A page of the app, with every console error and failed request it produced. */
export interface AppPage {
  page: Page;
  errors: string[];
}

/**
 * The Chromium this test worker shares with the files it runs after (serve.ts starts one per worker);
 * closing it only disconnects. Its pages draw WebGL without multisampling (see `withoutMultisampling`).
 */
export async function sharedBrowser(): Promise<Browser> {
  const endpoints = inject('browserEndpoints');
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  const browser = await chromium.connect(endpoints[worker % endpoints.length]);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(withoutMultisampling);
    return context;
  };
  // As Playwright's own newPage: a context of its own, closed with the page.
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on('close', () => void context.close().catch(() => {}));
    return page;
  };
  return browser;
}

/**
 * Asks every WebGL context of the page for no multisampling. Software WebGL spends about a third of each
 * frame smoothing edges (measured at 1280x720: 1.4 s a frame with it, 1.0 s without), and no test looks
 * at how smooth an edge is; what each test measures (what is drawn where) is the same.
 */
function withoutMultisampling() {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    kind: string,
    attributes?: object,
  ) {
    return getContext.call(this, kind, { ...attributes, antialias: false });
  } as typeof getContext;
}

/**
 * The window for tests that measure no pixels: software WebGL draws a quarter of a laptop's pixels, so
 * each page opens and settles in about half the time (measured: 5-6 s against 6-14 s), and the narrow
 * layout of a phone in landscape is exercised on the way.
 */
export const SMALL_WINDOW = { width: 640, height: 360 };

/** For pages whose tests check what a view shows, not the motion that gets there (see `openApp`). */
export const STILL = { reducedMotion: true } as const;

/**
 * Opens the production build at `path` in a new page of 1280x720 like a clinic laptop, or of `viewport`.
 * The service worker is blocked unless asked for, so that tests can intercept the page's requests.
 * `reducedMotion` asks for what a user who wants less motion gets: a condition's change and the camera
 * cut to their end instead of playing. Tests of what a view shows, not of how it gets there, ask for it:
 * under software WebGL each 1.6 s change or flight costs several seconds of drawing and waiting.
 */
export async function openApp(
  browser: Browser,
  path = '',
  options: {
    waitReady?: boolean;
    serviceWorkers?: boolean;
    viewport?: { width: number; height: number };
    reducedMotion?: boolean;
  } = {},
): Promise<AppPage> {
  // A context of its own (closed with the page), as axe-core needs, rather than browser.newPage().
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  // When the whole browser closes first, its contexts are already gone: nothing is left to close.
  page.on('close', () => void context.close().catch(() => {}));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl(path));
  if (options.waitReady !== false) await waitForScene(page, 'ready');
  return { page, errors };
}

/**
 * A page that several tests of a file share, opened by the first that asks: each new page costs a model
 * load and the compile of every shader, 10-30 s in software WebGL on a busy machine. Each test using it
 * sets up what it needs (address, window size, camera) rather than trusting the one before.
 */
export function sharedPage(browser: () => Browser, path = '', options: Parameters<typeof openApp>[2] = {}) {
  let opened: Promise<AppPage> | undefined;
  return {
    open: () => {
      opened ??= openApp(browser(), path, options);
      return opened;
    },
    /** Closes the page, if it was opened, and gives every error it logged. */
    close: async (): Promise<string[]> => {
      if (!opened) return [];
      const { page, errors } = await opened;
      await page.close();
      return errors;
    },
  };
}

/**
 * The address of `path` in the build under test. The full model is asked for, unless `path` says
 * otherwise, so that a test sees the same model whatever the number of cores of the machine.
 */
export function appUrl(path = ''): string {
  const url = new URL(path, inject('baseURL'));
  if (!url.searchParams.has('detail')) url.searchParams.set('detail', 'full');
  return url.href;
}

/** Waits until the 3D view reports `state` on `data-scene-state`. */
export async function waitForScene(page: Page, state: string, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`.viewport[data-scene-state="${state}"]`, { timeout });
}

/**
 * Waits until the 3D view has stopped drawing: it has no frame left to draw (the app says so, see
 * `drawing` in src/scene/diagnostics.ts) and has drawn none for `quietMs`, time for what a frame sets off
 * (an effect, a timer of 0 ms) to ask for the next. Watched in the page, without a round trip per look.
 * Returns the number of frames drawn so far.
 */
export async function waitForIdle(page: Page, quietMs = 300, timeout = 30_000): Promise<number> {
  return page.evaluate(
    ({ quietMs, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const viewer = window.spineViewer;
        if (!viewer) throw new Error('No 3D view on the page.');
        const start = performance.now();
        let frames = viewer.frames;
        let since = start;
        const look = () => {
          const now = performance.now();
          if (viewer.frames !== frames || viewer.drawing()) {
            frames = viewer.frames;
            since = now;
          } else if (now - since >= quietMs) {
            resolve(frames);
            return;
          }
          if (now - start > timeout) reject(new Error(`The 3D view was still drawing after ${timeout} ms.`));
          else setTimeout(look, 50);
        };
        look();
      }),
    { quietMs, timeout },
  );
}

/** A screenshot of the 3D view alone; software WebGL on a busy machine may take a while to draw it. */
export async function shootView(page: Page): Promise<Buffer> {
  return page.locator('.canvas-holder').screenshot({ timeout: 90_000 });
}

/** Where a condition's spot (its marker's point) is on the 3D view now, from the scene's own projection. */
export async function spotOf(page: Page, id: string): Promise<{ x: number; y: number; onScreen: boolean }> {
  const marker = await page.evaluate((c) => window.spineViewer?.markers().find((m) => m.id === c), id);
  if (!marker) throw new Error(`No marker for ${id}`);
  return { x: marker.anchorX, y: marker.anchorY, onScreen: marker.onScreen };
}

/** The first heading of the text panel: the condition's name, or the overview's title. */
export function panelHeading(page: Page): Promise<string | null> {
  return page.locator('.panel h2').first().textContent();
}

/** A box on the page, in CSS pixels. */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area. */
export function boxesOverlap(a: PageBox, b: PageBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The visible callouts of the teaching view: their text and boxes, relative to the 3D view. */
export async function pictureLabels(page: Page): Promise<{ text: string; box: PageBox }[]> {
  const view = await page.locator('.canvas-holder').boundingBox();
  if (!view) throw new Error('No 3D view on the page.');
  const labels = await page.locator('.picture-label:visible').all();
  return Promise.all(
    labels.map(async (label) => {
      const box = await label.boundingBox();
      if (!box) throw new Error('A label has no box.');
      return {
        text: (await label.textContent()) ?? '',
        box: { ...box, x: box.x - view.x, y: box.y - view.y },
      };
    }),
  );
}

/** What the eye meets at one point of the 3D view: the structure, or null for the backdrop. */
export interface SeenPoint {
  x: number;
  y: number;
  seen: string | null;
}

/** What the eye meets at every `step` CSS pixels across the 3D view, asked of the scene in one call. */
export async function seenAcrossView(page: Page, step = 16): Promise<SeenPoint[]> {
  return page.evaluate((gap) => {
    const canvas = document.querySelector('.canvas-holder canvas');
    const viewer = window.spineViewer;
    if (!canvas || !viewer) throw new Error('No 3D view on the page.');
    const points: { x: number; y: number; seen: string | null }[] = [];
    for (let y = gap / 2; y < canvas.clientHeight; y += gap) {
      for (let x = gap / 2; x < canvas.clientWidth; x += gap) points.push({ x, y, seen: viewer.pick(x, y) });
    }
    return points;
  }, step);
}
