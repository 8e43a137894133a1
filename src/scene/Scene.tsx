import { AdaptiveDpr } from '@react-three/drei';
import { Canvas, extend, useFrame, useLoader } from '@react-three/fiber';
import { Suspense, useState } from 'react';
import { DirectionalLight, Group, HemisphereLight } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { useViewer } from '../state/store';
import { CameraRig } from './CameraRig';
import { watchContext } from './contextLoss';
import { countFrame, watchRenderer } from './diagnostics';
import { Lighting } from './Lighting';
import { MODEL_URLS } from './modelNodes';
import { chooseDetail, type ModelDetail } from './quality';
import { SnapshotProvider } from './SnapshotProvider';
import { SpineModel } from './SpineModel';

// The three.js classes used as JSX elements here and in drei's <Html> (a <group>). The production build
// stops R3F from registering all of three.js (see vite.config.ts), so a new element must be added here.
extend({ DirectionalLight, Group, HemisphereLight });

/**
 * While the camera moves, R3F's performance drops to `min` and <AdaptiveDpr> draws at half the pixel
 * ratio; `debounce` ms after the last move it draws one last frame at full quality. Longer would keep
 * frames slower than it at half resolution, but adds to the drawing after a drag ends (budget 1.5 s).
 */
const MOVING_PERFORMANCE = { min: 0.5, max: 1, debounce: 200 };

function FrameCounter() {
  useFrame(countFrame);
  return null;
}

/** The 3D view: draws only when something changes (frameloop "demand"), so an idle consultation is silent. */
export interface SceneProps {
  /** How many times the user pressed Retry; a retry fetches the model again. */
  attempt: number;
  /** Model detail; by default `?detail=` or what the device can afford (see quality.ts). */
  detail?: ModelDetail;
}

export default function Scene({ attempt, detail: askedDetail }: SceneProps) {
  const [detail] = useState(() => askedDetail ?? chooseDetail());
  const [home] = useState(() => {
    // A retry must fetch the file again, not reuse the failed request.
    if (attempt > 0) useLoader.clear(GLTFLoader, MODEL_URLS[detail]);
    return useViewer.getState().cameraGoal;
  });
  return (
    <Canvas
      frameloop="demand"
      // A slow device draws fewer pixels on a sharp screen, as well as fewer triangles.
      dpr={detail === 'lite' ? [1, 1.5] : [1, 2]}
      performance={MOVING_PERFORMANCE}
      camera={{ fov: 32, near: 0.01, far: 20, position: home.position }}
      gl={{ antialias: true, alpha: true, powerPreference: 'high-performance' }}
      onCreated={({ gl, invalidate }) => {
        watchRenderer(gl);
        gl.domElement.setAttribute('aria-hidden', 'true');
        watchContext(gl.domElement, () => invalidate());
      }}
    >
      <Lighting />
      <Suspense fallback={null}>
        <SpineModel url={MODEL_URLS[detail]} />
      </Suspense>
      <CameraRig />
      <AdaptiveDpr />
      <FrameCounter />
      <SnapshotProvider />
    </Canvas>
  );
}
