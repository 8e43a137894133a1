// Types of probes.mjs, for the TypeScript budgets test.
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';

/** One frame the app drew: when (ms since navigation) and at what pixel ratio. */
export interface FrameRecord {
  at: number;
  dpr: number;
}

/** What the page recorded about itself, in ms since navigation. */
export interface PageRecord {
  frames: FrameRecord[];
  textAt: number | null;
  readyAt: number | null;
  pointerDownAt: number | null;
  pointerUpAt: number | null;
  /** The first WebGL draw call of any kind. */
  firstDrawAt: number | null;
  /** The first draw call that draws part of the model. */
  modelDrawnAt: number | null;
  /** The type asked for by every `getContext` call for a WebGL context, in order. */
  webglContextCalls: string[];
}

/** `window.spineViewer.renderInfo()`. */
export interface RenderInfo {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface MeasuredPage {
  page: Page;
  responses: Map<string, Response>;
  errors: string[];
}

export function openMeasuredPage(
  browser: Browser,
  url: string,
  options?: {
    textSelector?: string;
    modelDrawCounts?: number[] | null;
    beforeGoto?: (page: Page) => Promise<unknown>;
    context?: BrowserContext;
  },
): Promise<MeasuredPage>;
export const VIEWPORT: { width: number; height: number };
export function readRecord(page: Page): Promise<PageRecord>;
export function frameCount(page: Page): Promise<number>;
export function renderInfo(page: Page): Promise<RenderInfo>;
export function waitForReady(page: Page, timeout?: number): Promise<void>;
export function waitForFrames(page: Page, count: number, timeout?: number): Promise<void>;
export function waitForIdle(
  page: Page,
  quietMs?: number,
  timeout?: number,
): Promise<{ frames: number; lastFrameAt: number; now: number }>;
export function waitForConditionShown(page: Page, timeout?: number): Promise<void>;
export function framesWhileIdle(page: Page, ms?: number): Promise<number>;
export function orbit(
  page: Page,
  options?: { dx?: number; dy?: number; steps?: number; stepMs?: number },
): Promise<{ calls: number; triangles: number }>;
export function percentile(values: number[], p: number): number;
export function orbitFigures(record: PageRecord): {
  framesWhileDragging: number;
  frameMsMean: number;
  frameMsP95: number;
  dprWhileDragging: number;
  dprAtRest: number;
  dprChanges: number;
  drawingAfterReleaseMs: number;
  cameraSettledAfterReleaseMs: number;
};
export function compressedSizes(bytes: Uint8Array): Sizes;
export function javascriptBeforeFirstFrame(
  page: Page,
  responses: Map<string, Response>,
): Promise<Sizes & { files: (Sizes & { url: string })[] }>;
export function modelBytesLoaded(responses: Map<string, Response>): Promise<number>;
export function cycleSelections(
  page: Page,
  ids: readonly string[],
  count: number,
  drawEvery?: number,
): Promise<void>;
export function heapUsedAfterGc(page: Page): Promise<number>;
