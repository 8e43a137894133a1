import { useEffect, useRef } from 'react';
import type { SceneState } from '../state/store';

/** How long the browser gets to give a lost WebGL context back before the view is rebuilt. */
export const CONTEXT_GRACE_MS = 4000;

/**
 * When the graphics context is lost and not restored in time, builds the 3D view afresh. The store
 * keeps the selection, layers and camera goal, so the new view comes back as the old one was.
 */
export function useRemountWhenContextStaysLost(sceneState: SceneState, remount: () => void): void {
  const latest = useRef(remount);
  latest.current = remount;
  useEffect(() => {
    if (sceneState !== 'context-lost') return;
    const timer = window.setTimeout(() => latest.current(), CONTEXT_GRACE_MS);
    return () => window.clearTimeout(timer);
  }, [sceneState]);
}
