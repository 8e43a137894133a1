// The benchmark's figures: how they are named, shown, budgeted and compared with the baseline.

/** A figure more than this much worse than the baseline is flagged. */
export const TOLERANCE = 0.1;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const ms = (value) => `${Math.round(value)} ms`;
const count = (value) => value.toLocaleString('en-US');
const times = (value) => `×${value.toFixed(2)}`;
const pct = (value) => `${value.toFixed(1)} %`;

/**
 * Every figure: `key` in the JSON, how it reads, its budget (if any), and whether a rise over the baseline
 * is flagged (`compare`). Timings are compared as ratios to the minimal page (`…Ratio`), never in ms,
 * because ms depend on the machine. Lower is better for all compared figures.
 */
export const METRICS = [
  { key: 'jsGzip', label: 'JS before first 3D frame, gzip', format: kb, budget: 400_000, compare: true },
  { key: 'jsBrotli', label: 'JS before first 3D frame, brotli', format: kb, compare: true },
  { key: 'jsRaw', label: 'JS before first 3D frame, raw', format: kb },
  { key: 'modelBytesLoaded', label: 'Model downloaded', format: mb, compare: true },
  { key: 'modelBytesShipped', label: 'Models shipped, all', format: mb, budget: 2_000_000, compare: true },
  { key: 'textMs', label: 'Time to text heading', format: ms, minimal: 'minimalTextMs' },
  { key: 'textRatio', label: '  … app / minimal', format: times, compare: true },
  {
    key: 'modelFrameMs',
    label: 'First frame with the model drawn, cold cache',
    format: ms,
    minimal: 'minimalModelFrameMs',
  },
  { key: 'modelFrameRatio', label: '  … app / minimal', format: times, budget: 1.3, compare: true },
  {
    key: 'repeatModelFrameMs',
    label: 'First frame with the model drawn, repeat visit',
    format: ms,
    minimal: 'minimalRepeatModelFrameMs',
  },
  { key: 'repeatModelFrameRatio', label: '  … app / minimal', format: times, budget: 1.1, compare: true },
  {
    key: 'canvasFrameMs',
    label: "Canvas's first animation frame (model not yet drawn)",
    format: ms,
    minimal: 'minimalCanvasFrameMs',
  },
  { key: 'canvasFrameRatio', label: '  … app / minimal', format: times, compare: true },
  { key: 'readyMs', label: 'Time to ready and idle', format: ms, minimal: 'minimalReadyMs' },
  { key: 'readyRatio', label: '  … app / minimal', format: times, compare: true },
  { key: 'callsAtRest', label: 'Draw calls per frame, at rest', format: count, budget: 60, compare: true },
  {
    key: 'trianglesAtRest',
    label: 'Triangles per frame, at rest',
    format: count,
    budget: 250_000,
    compare: true,
  },
  { key: 'callsOrbiting', label: 'Draw calls per frame, orbiting', format: count, budget: 60, compare: true },
  {
    key: 'trianglesOrbiting',
    label: 'Triangles per frame, orbiting',
    format: count,
    budget: 250_000,
    compare: true,
  },
  {
    key: 'idleFramesAfterLoad',
    label: 'Frames in 3 s idle after load',
    format: count,
    budget: 0,
    compare: true,
  },
  {
    key: 'idleFramesAfterCondition',
    label: 'Frames in 3 s idle after a condition',
    format: count,
    budget: 0,
    compare: true,
  },
  {
    key: 'orbitFrameMsMean',
    label: 'Frame time orbiting, mean',
    format: ms,
    minimal: 'minimalOrbitFrameMsMean',
  },
  { key: 'orbitFrameRatio', label: '  … app / minimal', format: times, compare: true },
  {
    key: 'orbitFrameMsP95',
    label: 'Frame time orbiting, p95',
    format: ms,
    minimal: 'minimalOrbitFrameMsP95',
  },
  { key: 'orbitFrameP95Ratio', label: '  … app / minimal', format: times, compare: true },
  {
    key: 'dprWhileDragging',
    label: 'Pixel ratio while dragging',
    format: (v) => v.toFixed(2),
    budget: { text: '< last frame', ok: (f) => f.dprWhileDragging < f.dprAtRest },
  },
  { key: 'dprAtRest', label: 'Pixel ratio of the last frame', format: (v) => v.toFixed(2) },
  { key: 'cameraSettledAfterReleaseMs', label: 'Camera settles after release', format: ms, budget: 1500 },
  { key: 'drawingAfterReleaseMs', label: 'Last frame after release', format: ms, budget: 1500 },
  { key: 'heapAfterLoad', label: 'JS heap after load', format: mb },
  { key: 'heapAfterFirstRound', label: 'JS heap after a round of 6 conditions', format: mb },
  { key: 'heapAfterSelections', label: 'JS heap after 200 more selections', format: mb },
  { key: 'heapGrowthPct', label: 'JS heap growth over the 200', format: pct, budget: 10 },
  { key: 'geometriesGrowth', label: 'Geometries added by the 200', format: count, budget: 0, compare: true },
  { key: 'texturesGrowth', label: 'Textures added by the 200', format: count, budget: 0, compare: true },
  { key: 'programsGrowth', label: 'Programs added by the 200', format: count, budget: 0, compare: true },
  { key: 'geometries', label: 'Geometries after load', format: count, compare: true },
  { key: 'textures', label: 'Textures after load', format: count, compare: true },
  { key: 'programs', label: 'Programs after load', format: count, compare: true },
];

/**
 * The load figures: the app's and the minimal page's timings on a cold cache (`cold`) and on a repeat
 * visit (`repeat`), and their ratios.
 */
export function loadFigures(app, minimal) {
  const figures = {
    ...app.cold,
    repeatModelFrameMs: app.repeat.modelFrameMs,
    minimalTextMs: minimal.cold.textMs,
    minimalModelFrameMs: minimal.cold.modelFrameMs,
    minimalRepeatModelFrameMs: minimal.repeat.modelFrameMs,
    minimalCanvasFrameMs: minimal.cold.canvasFrameMs,
    minimalReadyMs: minimal.cold.readyMs,
  };
  figures.textRatio = figures.textMs / figures.minimalTextMs;
  figures.modelFrameRatio = figures.modelFrameMs / figures.minimalModelFrameMs;
  figures.repeatModelFrameRatio = figures.repeatModelFrameMs / figures.minimalRepeatModelFrameMs;
  figures.canvasFrameRatio = figures.canvasFrameMs / figures.minimalCanvasFrameMs;
  figures.readyRatio = figures.readyMs / figures.minimalReadyMs;
  return figures;
}

/** Flattens the measurements of the app and the minimal page into the figures of METRICS. */
export function toFigures(app, minimal, modelBytesShipped) {
  const load = app.atRest;
  const warm = app.afterFirstRound;
  const figures = {
    jsGzip: app.javascript.gzip,
    jsBrotli: app.javascript.brotli,
    jsRaw: app.javascript.raw,
    modelBytesLoaded: app.modelBytes,
    modelBytesShipped,
    ...loadFigures(app.timings, minimal.timings),
    callsAtRest: app.atRest.calls,
    trianglesAtRest: app.atRest.triangles,
    callsOrbiting: app.orbiting.peak.calls,
    trianglesOrbiting: app.orbiting.peak.triangles,
    idleFramesAfterLoad: app.idleFramesAfterLoad,
    idleFramesAfterCondition: app.idleFramesAfterCondition,
    orbitFrameMsMean: app.orbiting.frameMsMean,
    orbitFrameMsP95: app.orbiting.frameMsP95,
    minimalOrbitFrameMsMean: minimal.orbiting.frameMsMean,
    minimalOrbitFrameMsP95: minimal.orbiting.frameMsP95,
    dprWhileDragging: app.orbiting.dprWhileDragging,
    dprAtRest: app.orbiting.dprAtRest,
    cameraSettledAfterReleaseMs: app.orbiting.cameraSettledAfterReleaseMs,
    drawingAfterReleaseMs: app.orbiting.drawingAfterReleaseMs,
    heapAfterLoad: app.heapAfterLoad,
    heapAfterFirstRound: app.heapAfterFirstRound,
    heapAfterSelections: app.heapAfterSelections,
    heapGrowthPct: ((app.heapAfterSelections - app.heapAfterFirstRound) / app.heapAfterFirstRound) * 100,
    geometries: load.geometries,
    textures: load.textures,
    programs: load.programs,
    geometriesGrowth: app.afterSelections.geometries - warm.geometries,
    texturesGrowth: app.afterSelections.textures - warm.textures,
    programsGrowth: app.afterSelections.programs - warm.programs,
  };
  figures.orbitFrameRatio = figures.orbitFrameMsMean / figures.minimalOrbitFrameMsMean;
  figures.orbitFrameP95Ratio = figures.orbitFrameMsP95 / figures.minimalOrbitFrameMsP95;
  return figures;
}

/** The budget as text: `≤ 400.0 KB`, or the rule's own text. */
export function budgetText(metric) {
  if (metric.budget === undefined) return '';
  return typeof metric.budget === 'number' ? `≤ ${metric.format(metric.budget)}` : metric.budget.text;
}

/** True when the figure keeps within its budget (an upper bound, or a rule over all figures). */
export function withinBudget(metric, figures) {
  if (metric.budget === undefined) return true;
  if (typeof metric.budget === 'number') return figures[metric.key] <= metric.budget;
  return metric.budget.ok(figures);
}

/** True when `value` is more than TOLERANCE worse (higher) than `baseline`; a zero baseline allows nothing. */
export function worseThanBaseline(value, baseline) {
  if (typeof baseline !== 'number' || !Number.isFinite(baseline)) return false;
  return baseline === 0 ? value > 0 : value > baseline * (1 + TOLERANCE);
}
