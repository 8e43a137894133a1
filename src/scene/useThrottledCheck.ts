import { useEffect, useRef } from 'react';

/** How often, at most, a costly check (raycasts) runs while frames are drawn: raycasts are slow on a laptop. */
const CHECK_INTERVAL_S = 0.25;

/**
 * Returns a per-frame step that calls `run(check)` on every frame, with `check` true at most every
 * quarter second, and once more after the last frame of a move, so a check never misses where the
 * camera came to rest. The extra call touches only the DOM, so it draws no frame.
 */
export function useThrottledCheck(run: (check: boolean) => void): (delta: number) => void {
  const since = useRef(CHECK_INTERVAL_S);
  const trailing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => () => clearTimeout(trailing.current), []);
  return (delta: number) => {
    since.current += delta;
    const check = since.current >= CHECK_INTERVAL_S;
    if (check) since.current = 0;
    latest.current(check);
    // Always, even after a frame that checked: frame callbacks run before the frame is drawn, when the
    // camera's matrices are still the last frame's, so only a check after the last frame sees where it rests.
    clearTimeout(trailing.current);
    trailing.current = setTimeout(() => latest.current(true), CHECK_INTERVAL_S * 1000);
  };
}
