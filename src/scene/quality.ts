/** Which model file to draw: `full` for most computers, `lite` (fewer triangles) for slow ones. */
export type ModelDetail = 'full' | 'lite';

/** What the browser tells about the device; any of it may be missing (Safari and Firefox hide memory). */
export interface DeviceHints {
  /** `navigator.hardwareConcurrency`: logical processors. */
  cores?: number;
  /** `navigator.deviceMemory`: approximate RAM in GB, rounded down and capped at 8 by Chromium. */
  memoryGb?: number;
}

/**
 * At or below these a laptop is treated as slow: a dual-core or 2 GB machine usually has an integrated
 * GPU that cannot turn the full model smoothly at a TV's resolution.
 */
const SLOW_DEVICE = { cores: 2, memoryGb: 2 } as const;

/** The detail asked for by `?detail=lite|full`, or null when absent or not one of those. */
export function detailFromUrl(search: string): ModelDetail | null {
  const asked = new URLSearchParams(search).get('detail');
  return asked === 'full' || asked === 'lite' ? asked : null;
}

/** The detail a device can afford, from its hints alone; unknown hints count as a capable device. */
export function detailForDevice(hints: DeviceHints): ModelDetail {
  const fewCores = hints.cores !== undefined && hints.cores <= SLOW_DEVICE.cores;
  const littleMemory = hints.memoryGb !== undefined && hints.memoryGb <= SLOW_DEVICE.memoryGb;
  return fewCores || littleMemory ? 'lite' : 'full';
}

/** This browser's hints. */
export function readDeviceHints(): DeviceHints {
  const nav = navigator as Navigator & { deviceMemory?: number };
  return { cores: nav.hardwareConcurrency || undefined, memoryGb: nav.deviceMemory };
}

/**
 * The model detail to load: `?detail=` when it names a valid detail (tests, the benchmark and a clinician
 * who wants the other one), otherwise what the device can afford.
 */
export function chooseDetail(search = window.location.search, hints = readDeviceHints()): ModelDetail {
  return detailFromUrl(search) ?? detailForDevice(hints);
}
