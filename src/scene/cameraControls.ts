import { type RootState, useFrame, useThree } from '@react-three/fiber';
import CameraControlsImpl from 'camera-controls';
import { useEffect, useMemo } from 'react';
import {
  Box3,
  MathUtils,
  Matrix4,
  Quaternion,
  Raycaster,
  Sphere,
  Spherical,
  Vector2,
  Vector3,
  Vector4,
} from 'three';

// camera-controls is handed the parts of three.js it uses, so that it shares the app's one copy.
CameraControlsImpl.install({
  THREE: {
    Box3,
    MathUtils: { clamp: MathUtils.clamp },
    Matrix4,
    Quaternion,
    Raycaster,
    Sphere,
    Spherical,
    Vector2,
    Vector3,
    Vector4,
  },
});

/** What the camera-controls settings of the app may set: its numbers and its button and touch maps. */
export type CameraSettings = Partial<
  Pick<
    CameraControlsImpl,
    | 'minDistance'
    | 'maxDistance'
    | 'minPolarAngle'
    | 'maxPolarAngle'
    | 'smoothTime'
    | 'draggingSmoothTime'
    | 'restThreshold'
    | 'dollyToCursor'
    | 'mouseButtons'
    | 'touches'
  >
>;

/** Closer than this (radians, metres) the camera is where it was going. */
const LANDED = 1e-5;
const goalSpherical = new Spherical();
const nowSpherical = new Spherical();
const goal = new Vector3();
const now = new Vector3();

/** Whether the camera is where it was going: its angles, distance, target and offset at their goals. */
export function cameraLanded(controls: CameraControlsImpl): boolean {
  controls.getSpherical(goalSpherical, true);
  controls.getSpherical(nowSpherical, false);
  if (
    Math.abs(goalSpherical.theta - nowSpherical.theta) > LANDED ||
    Math.abs(goalSpherical.phi - nowSpherical.phi) > LANDED ||
    Math.abs(goalSpherical.radius - nowSpherical.radius) > LANDED
  ) {
    return false;
  }
  if (controls.getTarget(goal, true).distanceTo(controls.getTarget(now, false)) > LANDED) return false;
  return controls.getFocalOffset(goal, true).distanceTo(controls.getFocalOffset(now, false)) <= LANDED;
}

/**
 * The camera controller (camera-controls) on the view's canvas, made R3F's default controls and moved on
 * before each frame is drawn. It asks for another frame only while the camera still has somewhere to go.
 * drei's <CameraControls> asked for one after every change, so each jump of the camera (a view button,
 * a condition under reduced motion) was drawn twice: about a second more per jump in software WebGL.
 */
export function useCameraControls(settings: CameraSettings): CameraControlsImpl {
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  const set = useThree((s) => s.set);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useMemo(() => Object.assign(new CameraControlsImpl(camera), settings), [camera, settings]);

  useEffect(() => {
    controls.connect(canvas);
    // A move of the mouse, wheel or finger, or a glide asked for: the camera changes at the next step.
    const step = () => invalidate();
    controls.addEventListener('control', step);
    controls.addEventListener('transitionstart', step);
    const before = get().controls;
    // camera-controls has an event dispatcher of its own, not three.js's, which R3F's type expects.
    set({ controls: controls as unknown as RootState['controls'] });
    return () => {
      controls.removeEventListener('control', step);
      controls.removeEventListener('transitionstart', step);
      controls.disconnect();
      set({ controls: before });
    };
  }, [controls, canvas, invalidate, get, set]);

  // Before anything else of the frame (priority -1), so the frame is drawn from where the camera now is.
  useFrame((_, delta) => {
    if (controls.update(delta) && !cameraLanded(controls)) invalidate();
  }, -1);

  return controls;
}
