import { addTail } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';

/** How often, at most, a costly check (raycasts) runs while frames are drawn: raycasts are slow on a laptop. */
const CHECK_INTERVAL_S = 0.25;

/**
 * The share of the time a check may take while frames are drawn. Where one check is slow (raycasts
 * against a changed shape in software WebGL took about a third of a second), it runs that much less
 * often, rather than on every frame, since such a device draws a frame less often than every 0.25 s.
 */
const MAX_CHECK_SHARE = 0.1;

/**
 * Returns a per-frame step that calls `run(check)` on every frame, with `check` true at most every
 * quarter second (less often where a check is slow), and once more when drawing stops, so a check
 * never misses where the camera came to rest.
 */
export function useThrottledCheck(run: (check: boolean) => void): (delta: number) => void {
  const since = useRef(CHECK_INTERVAL_S);
  const interval = useRef(CHECK_INTERVAL_S);
  const unchecked = useRef(false);
  const latest = useRef(run);
  latest.current = run;

  const checkNow = useCallback(() => {
    const start = performance.now();
    latest.current(true);
    const seconds = (performance.now() - start) / 1000;
    interval.current = Math.max(CHECK_INTERVAL_S, seconds / MAX_CHECK_SHARE);
    since.current = 0;
    unchecked.current = false;
  }, []);

  // Frame callbacks run before the frame is drawn, when the camera's matrices are still the last frame's:
  // only a check after the last frame, when the render loop stops, sees where the camera rests.
  useEffect(
    () =>
      addTail(() => {
        if (unchecked.current) checkNow();
      }),
    [checkNow],
  );

  return (delta: number) => {
    since.current += delta;
    if (since.current >= interval.current) checkNow();
    else latest.current(false);
    unchecked.current = true;
  };
}
