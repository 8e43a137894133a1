/** A small camera move asked for by a view button or key; the camera rig hears it through the store. */
export type CameraNudge =
  | { kind: 'rotate'; azimuth: number; polar: number }
  | { kind: 'dolly'; amount: number };

/** One keyboard step: about 10 degrees of turn, or a tenth of the way in or out. */
export const ROTATE_STEP = Math.PI / 18;
export const DOLLY_STEP = 0.08;

/** The nudge a key asks for when the 3D view has focus, or null for keys it ignores. */
export function nudgeForKey(key: string): CameraNudge | null {
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'rotate', azimuth: ROTATE_STEP, polar: 0 };
    case 'ArrowRight':
      return { kind: 'rotate', azimuth: -ROTATE_STEP, polar: 0 };
    case 'ArrowUp':
      return { kind: 'rotate', azimuth: 0, polar: ROTATE_STEP };
    case 'ArrowDown':
      return { kind: 'rotate', azimuth: 0, polar: -ROTATE_STEP };
    case '+':
    case '=':
      return { kind: 'dolly', amount: DOLLY_STEP };
    case '-':
    case '_':
      return { kind: 'dolly', amount: -DOLLY_STEP };
    default:
      return null;
  }
}
