// Measurements of one page of the 3D app (or the minimal page), shared by `npm run bench` and the budgets
// test. Every frame the page draws is timed inside the page, so nothing here polls for frames.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Runs in the page before its own scripts: times each frame the app counts on `window.spineViewer.frames`
 * (with the pixel ratio it is drawn at), when the text heading appears, when the scene says ready, and
 * pointer presses, all on `performance.now()`, into `window.__bench`. It also watches WebGL itself: every
 * `getContext` call for a WebGL context, the first draw call of any kind, and the first draw call that
 * draws part of the model (its index or vertex count is one of `modelDrawCounts`; null: any draw call).
 */
function recordInPage({ textSelector, modelDrawCounts }) {
  const record = {
    frames: [],
    textAt: null,
    readyAt: null,
    pointerDownAt: null,
    pointerUpAt: null,
    firstDrawAt: null,
    modelDrawnAt: null,
    webglContextCalls: [],
  };
  window.__bench = record;
  const modelCounts = modelDrawCounts ? new Set(modelDrawCounts) : null;
  const drawn = (count) => {
    const now = performance.now();
    record.firstDrawAt ??= now;
    if (record.modelDrawnAt === null && (!modelCounts || modelCounts.has(count))) record.modelDrawnAt = now;
  };
  // Where each draw call takes its index or vertex count.
  const COUNT_ARGUMENT = {
    drawElements: 1,
    drawElementsInstanced: 1,
    drawRangeElements: 3,
    drawArrays: 2,
    drawArraysInstanced: 2,
  };
  const gl2 = globalThis.WebGL2RenderingContext?.prototype;
  for (const [name, at] of Object.entries(gl2 ? COUNT_ARGUMENT : {})) {
    const draw = gl2[name];
    gl2[name] = function countedDraw(...args) {
      drawn(args[at]);
      return draw.apply(this, args);
    };
  }
  for (const canvasClass of [globalThis.HTMLCanvasElement, globalThis.OffscreenCanvas]) {
    const getContext = canvasClass?.prototype.getContext;
    if (!getContext) continue;
    canvasClass.prototype.getContext = function countedGetContext(type, ...rest) {
      if (/webgl/i.test(String(type))) record.webglContextCalls.push(String(type));
      return getContext.call(this, type, ...rest);
    };
  }
  let viewer;
  Object.defineProperty(window, 'spineViewer', {
    configurable: true,
    get: () => viewer,
    set(value) {
      viewer = value;
      let count = value.frames;
      Object.defineProperty(value, 'frames', {
        configurable: true,
        enumerable: true,
        get: () => count,
        set(next) {
          count = next;
          const canvas = document.querySelector('canvas');
          const dpr = canvas?.clientWidth ? canvas.width / canvas.clientWidth : 0;
          record.frames.push({ at: performance.now(), dpr });
        },
      });
    },
  });
  const check = () => {
    if (record.textAt === null) {
      const heading = document.querySelector(textSelector);
      if (heading && heading.getBoundingClientRect().height > 0) record.textAt = performance.now();
    }
    if (record.readyAt === null && document.querySelector('[data-scene-state="ready"]')) {
      record.readyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  addEventListener('pointerdown', () => (record.pointerDownAt = performance.now()), true);
  addEventListener('pointerup', () => (record.pointerUpAt = performance.now()), true);
}

/** The benchmark's window: a laptop's, at device pixel ratio 1. */
export const VIEWPORT = { width: 1280, height: 720 };

/** The quiet after the app's last frame, once it has none left to draw, for what that frame set off. */
const SETTLED_QUIET_MS = 300;

/**
 * Opens `url` in a 1280x720 page that records frames, draw calls and every response (for byte counts):
 * in a fresh context (cold cache, no service worker), or in `context` (a repeat visit).
 */
export async function openMeasuredPage(browser, url, options = {}) {
  const { textSelector = '#overview-heading', modelDrawCounts = null, beforeGoto, context } = options;
  const page = context
    ? await context.newPage()
    : await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const responses = new Map();
  const errors = [];
  page.on('response', (response) => responses.set(response.url(), response));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(recordInPage, { textSelector, modelDrawCounts });
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url);
  return { page, responses, errors };
}

/** The page's record: frame times and pixel ratios, text, ready and pointer times (ms since navigation). */
export function readRecord(page) {
  return page.evaluate(() => window.__bench);
}

/** Frames drawn so far. */
export function frameCount(page) {
  return page.evaluate(() => window.__bench.frames.length);
}

/** The last frame's draw calls and triangles, and the GPU resources alive (from `renderInfo()`). */
export function renderInfo(page) {
  return page.evaluate(() => window.spineViewer.renderInfo());
}

/** Waits until the scene reports `data-scene-state="ready"`; fails at once if it reports an error. */
export async function waitForReady(page, timeout = 120_000) {
  const settled = await page.waitForSelector('[data-scene-state="ready"], [data-scene-state="error"]', {
    timeout,
  });
  const state = await settled.getAttribute('data-scene-state');
  if (state !== 'ready') throw new Error(`The 3D view reported "${state}" instead of "ready".`);
}

/** Waits until at least `count` frames have been drawn. */
export async function waitForFrames(page, count, timeout = 60_000) {
  await page.waitForFunction((n) => window.__bench.frames.length >= n, count, { timeout, polling: 50 });
}

/**
 * Waits until no frame has been drawn for `quietMs` (longer than the slowest frame of software WebGL on a
 * busy machine); returns the frame count and the last frame's time. Fails if still drawing at `timeout`.
 * The app says whether it has a frame still to draw (`spineViewer.drawing`); where it does, a short quiet
 * is enough. The minimal page cannot say, and gets the full `quietMs`.
 */
export async function waitForIdle(page, quietMs = 1500, timeout = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const state = await page.evaluate(() => {
      const frames = window.__bench.frames;
      return {
        frames: frames.length,
        lastFrameAt: frames.at(-1)?.at ?? 0,
        now: performance.now(),
        // The minimal page's figures have no `drawing`.
        drawing: typeof window.spineViewer?.drawing === 'function' ? window.spineViewer.drawing() : null,
      };
    });
    const quiet = state.drawing === null ? quietMs : Math.min(quietMs, SETTLED_QUIET_MS);
    if (!state.drawing && state.now - state.lastFrameAt >= quiet) {
      return { frames: state.frames, lastFrameAt: state.lastFrameAt, now: state.now };
    }
    await page.waitForTimeout(Math.max(50, quiet - (state.now - state.lastFrameAt)));
  }
  throw new Error(`The 3D view was still drawing after ${timeout} ms.`);
}

/** Waits until the condition in the address (`#id`) is fully shown: its pathology weight has reached 1. */
export async function waitForConditionShown(page, timeout = 60_000) {
  await page.waitForFunction(() => window.spineViewer?.pathology?.[location.hash.slice(1)] === 1, undefined, {
    timeout,
    polling: 100,
  });
}

/** Frames drawn while nobody touches the page for `ms`. */
export async function framesWhileIdle(page, ms = 3000) {
  const before = await frameCount(page);
  await page.waitForTimeout(ms);
  return (await frameCount(page)) - before;
}

/** A point left of the canvas's middle where nothing (a hotspot button, a label) covers the canvas. */
async function uncoveredCanvasPoint(page) {
  const point = await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return null;
    const box = canvas.getBoundingClientRect();
    for (const fx of [0.5, 0.4, 0.3, 0.6, 0.2]) {
      for (const fy of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (document.elementFromPoint(x, y) === canvas) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('No uncovered point on the canvas to drag.');
  return point;
}

/**
 * Drags across the canvas (from an uncovered point near its middle) with the left button, like a user
 * turning the model, in `steps` moves `stepMs` apart. Returns the most draw calls and triangles seen.
 */
export async function orbit(page, { dx = 360, dy = 40, steps = 30, stepMs = 60 } = {}) {
  const { x, y } = await uncoveredCanvasPoint(page);
  const peak = { calls: 0, triangles: 0 };
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= steps; step += 1) {
    await page.mouse.move(x + (dx * step) / steps, y + (dy * step) / steps);
    await page.waitForTimeout(stepMs);
    const info = await renderInfo(page);
    peak.calls = Math.max(peak.calls, info.calls);
    peak.triangles = Math.max(peak.triangles, info.triangles);
  }
  await page.mouse.up();
  return peak;
}

/** The nearest-rank percentile `p` (0-100) of `values`. */
export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * What the last drag cost: time between frames while the button was down (mean and p95), the lowest
 * pixel ratio drawn meanwhile, the pixel ratio of the last frame, how many times the pixel ratio changed
 * from the frame before the drag on (each change reallocates the drawing buffer), and how long after
 * the button was released the camera last moved (damping) and the last frame was drawn.
 */
export function orbitFigures(record) {
  const { frames, pointerDownAt, pointerUpAt } = record;
  const during = frames.filter((f) => f.at >= pointerDownAt && f.at <= pointerUpAt);
  const fromDrag = frames.slice(Math.max(0, frames.findIndex((f) => f.at >= pointerDownAt) - 1));
  const gaps = during.slice(1).map((f, i) => f.at - during[i].at);
  const last = frames.at(-1);
  return {
    framesWhileDragging: during.length,
    frameMsMean: gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : 0,
    frameMsP95: percentile(gaps, 95),
    dprWhileDragging: during.length ? Math.min(...during.map((f) => f.dpr)) : 0,
    dprAtRest: last?.dpr ?? 0,
    dprChanges: fromDrag.slice(1).filter((f, i) => f.dpr !== fromDrag[i].dpr).length,
    drawingAfterReleaseMs: last && last.at > pointerUpAt ? last.at - pointerUpAt : 0,
    // The last frame is the full-quality repaint; the one before it is the camera's last move.
    cameraSettledAfterReleaseMs: Math.max(0, (frames.at(-2)?.at ?? 0) - pointerUpAt),
  };
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of `bytes`. */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The JavaScript files the page had fully received before its first 3D frame (browser resource timing),
 * with their sizes as served compressed by gzip and brotli; totals in `raw`, `gzip` and `brotli`.
 */
export async function javascriptBeforeFirstFrame(page, responses) {
  const urls = await page.evaluate(() => {
    const firstFrameAt = window.__bench.frames[0]?.at ?? Number.POSITIVE_INFINITY;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => /\.m?js(\?|$)/.test(entry.name) && entry.responseEnd <= firstFrameAt)
      .map((entry) => entry.name);
  });
  const files = [];
  for (const url of urls) {
    const response = responses.get(url);
    if (!response) throw new Error(`No response recorded for ${url}.`);
    files.push({ url, ...compressedSizes(await response.body()) });
  }
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  return { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
}

/** Bytes of the model files (`.glb`) the page downloaded. */
export async function modelBytesLoaded(responses) {
  let bytes = 0;
  for (const [url, response] of responses) {
    if (/\.glb(\?|$)/.test(url) && response.ok()) bytes += (await response.body()).length;
  }
  return bytes;
}

/**
 * Selects `count` conditions in turn through the address (`#id`), as links and Back do, letting a frame
 * be drawn after every `drawEvery`-th one so that selections really reach the GPU; ends on the overview.
 */
export async function cycleSelections(page, ids, count, drawEvery = 5) {
  // Start after the condition already shown: setting the same hash again selects nothing.
  const shown = ids.indexOf(await page.evaluate(() => location.hash.slice(1)));
  for (let i = 0; i < count; i += 1) {
    const drawn = await frameCount(page);
    await page.evaluate(
      (id) => {
        location.hash = `#${id}`;
      },
      ids[(shown + 1 + i) % ids.length],
    );
    if (i % drawEvery === 0) await waitForFrames(page, drawn + 1);
  }
  await page.evaluate(() => {
    location.hash = '';
  });
}
