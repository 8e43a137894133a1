import { AdaptiveDpr } from '@react-three/drei';
import { Canvas, useFrame, useLoader } from '@react-three/fiber';
import { type RefObject, Suspense, useState } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { useViewer } from '../state/store';
import { MODEL_URLS } from './anatomy';
import { CameraRig } from './CameraRig';
import { watchContext } from './contextLoss';
import { countFrame, watchRenderer } from './diagnostics';
import { Lighting } from './Lighting';
import { SpineModel } from './SpineModel';

function FrameCounter() {
  useFrame(countFrame);
  return null;
}

/** The 3D view: draws only when something changes (frameloop "demand"), so an idle consultation is silent. */
export interface SceneProps {
  /** How many times the user pressed Retry; a retry fetches the model again. */
  attempt: number;
  /** The DOM layer over the canvas where hotspot buttons live. */
  hotspotLayer: RefObject<HTMLElement | null>;
  detail?: 'full' | 'lite';
}

export default function Scene({ attempt, hotspotLayer, detail = 'full' }: SceneProps) {
  const [home] = useState(() => {
    // A retry must fetch the file again, not reuse the failed request.
    if (attempt > 0) useLoader.clear(GLTFLoader, MODEL_URLS[detail]);
    return useViewer.getState().cameraGoal;
  });
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 32, near: 0.01, far: 20, position: home.position }}
      gl={{ antialias: true, alpha: true, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        watchRenderer(gl);
        gl.domElement.setAttribute('aria-hidden', 'true');
        watchContext(gl.domElement);
      }}
    >
      <Lighting />
      <Suspense fallback={null}>
        <SpineModel url={MODEL_URLS[detail]} hotspotLayer={hotspotLayer} />
      </Suspense>
      <CameraRig />
      <AdaptiveDpr />
      <FrameCounter />
    </Canvas>
  );
}
