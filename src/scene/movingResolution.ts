import { useFrame, useThree } from '@react-three/fiber';
import type CameraControlsImpl from 'camera-controls';
import { useEffect, useRef } from 'react';
import { cameraLanded } from './cameraControls';

/** The share of the pixel ratio the view is drawn at while the camera moves: a quarter of the pixels. */
const MOVING_SHARE = 0.5;

/**
 * Draws the view at half its pixel ratio while the user turns or zooms it, or the camera glides to a
 * new view, and at full sharpness from the first frame the camera no longer moves. It follows the
 * camera's own movement, not a timer: on a slow device one frame outlasts any short timer, and R3F's
 * timed `regress` then switched the ratio, which reallocates the drawing buffer, twice in every frame
 * (measured in software WebGL: 76 buffer resizes for 36 frames of three drags, about half of the time
 * of each frame). A cut (reduced motion, a jump) moves nothing smoothly and keeps full sharpness.
 */
export function useLowerResolutionWhileMoving(controls: CameraControlsImpl): void {
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const lowered = useRef<{ full: number } | null>(null);

  useEffect(() => {
    const lower = () => {
      if (lowered.current) return;
      const { viewport, setDpr } = get();
      lowered.current = { full: viewport.dpr };
      setDpr(viewport.dpr * MOVING_SHARE);
    };
    // A release without a move leaves nothing to draw: ask for a frame, so that the one below restores.
    const released = () => invalidate();
    controls.addEventListener('control', lower);
    controls.addEventListener('transitionstart', lower);
    controls.addEventListener('controlend', released);
    return () => {
      controls.removeEventListener('control', lower);
      controls.removeEventListener('transitionstart', lower);
      controls.removeEventListener('controlend', released);
    };
  }, [controls, get, invalidate]);

  // After the camera controller's own step (priority -1): once the camera has landed and no button is
  // held, this frame and the next (asked for by the change of ratio) are drawn sharp.
  useFrame(() => {
    if (!lowered.current || controls.currentAction || !cameraLanded(controls)) return;
    get().setDpr(lowered.current.full);
    lowered.current = null;
  });
}
