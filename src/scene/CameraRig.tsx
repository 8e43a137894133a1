import { useThree } from '@react-three/fiber';
import CameraControlsImpl from 'camera-controls';
import { useEffect } from 'react';
import { Box3, Vector3 } from 'three';
import { prefersReducedMotion } from '../lib/motion';
import { useViewer } from '../state/store';
import { type CameraSettings, useCameraControls } from './cameraControls';
import { watchCameraTarget } from './diagnostics';
import { useLowerResolutionWhileMoving } from './movingResolution';

/** The camera's target may wander only this far around the model, so it never gets lost. */
const TARGET_BOUNDS = new Box3(new Vector3(-0.35, -0.6, -0.3), new Vector3(0.35, 0.35, 0.3));
const { ACTION } = CameraControlsImpl;
const scratchPosition = new Vector3();
const scratchTarget = new Vector3();

/** Drag rotates, wheel or pinch zooms, right-drag or two fingers pan; the limits keep the model in sight. */
const SETTINGS: CameraSettings = {
  minDistance: 0.12,
  maxDistance: 2.4,
  minPolarAngle: 0.12,
  maxPolarAngle: Math.PI - 0.12,
  // The glide after the mouse is released: the same ease-out, short enough that the camera stops within
  // 1 s even at a few frames a second (software WebGL); 0.22 s took 1.2-1.4 s on a busy 2-core machine.
  smoothTime: 0.16,
  draggingSmoothTime: 0.08,
  restThreshold: 0.004,
  dollyToCursor: true,
  mouseButtons: { left: ACTION.ROTATE, middle: ACTION.DOLLY, right: ACTION.TRUCK, wheel: ACTION.DOLLY },
  touches: { one: ACTION.TOUCH_ROTATE, two: ACTION.TOUCH_DOLLY_TRUCK, three: ACTION.TOUCH_TRUCK },
};

/** The one camera controller: it flies to every goal the store asks for and obeys the view buttons and keys. */
export function CameraRig() {
  const controls = useCameraControls(SETTINGS);
  const invalidate = useThree((s) => s.invalidate);
  useLowerResolutionWhileMoving(controls);

  useEffect(() => {
    controls.setBoundary(TARGET_BOUNDS);
    const { position, target } = useViewer.getState().restingView ?? useViewer.getState().cameraGoal;
    controls.setLookAt(...position, ...target, false);
    const rememberView = () => {
      controls.getPosition(scratchPosition);
      controls.getTarget(scratchTarget);
      useViewer
        .getState()
        .setRestingView({ position: scratchPosition.toArray(), target: scratchTarget.toArray() });
    };
    controls.addEventListener('rest', rememberView);
    watchCameraTarget(() => controls.getTarget(new Vector3()).toArray());
    let lastToken = useViewer.getState().cameraGoal.token;
    const unsubscribe = useViewer.subscribe((s) => {
      if (s.cameraGoal.token === lastToken) return;
      lastToken = s.cameraGoal.token;
      void controls.setLookAt(...s.cameraGoal.position, ...s.cameraGoal.target, !prefersReducedMotion());
      invalidate();
    });
    const stopNudges = useViewer.subscribe(({ cameraNudge: nudge }, before) => {
      if (!nudge || nudge === before.cameraNudge) return;
      const smooth = !prefersReducedMotion();
      if (nudge.kind === 'rotate') void controls.rotate(nudge.azimuth, nudge.polar, smooth);
      else void controls.dolly(nudge.amount, smooth);
      invalidate();
    });
    return () => {
      controls.removeEventListener('rest', rememberView);
      watchCameraTarget(null);
      unsubscribe();
      stopNudges();
    };
  }, [controls, invalidate]);

  return null;
}
