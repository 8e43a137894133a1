import { Canvas, extend, useFrame, useThree } from '@react-three/fiber';
import { Suspense, useEffect, useState } from 'react';
import { DirectionalLight, HemisphereLight, WebGLRenderer, type WebGLRendererParameters } from 'three';
import { sceneContext } from '../lib/webgl';
import { CAMERA_FOV_DEG } from '../state/framing';
import { useViewer } from '../state/store';
import { CameraRig } from './CameraRig';
import { watchContext } from './contextLoss';
import { countFrame, watchDrawing, watchRenderer } from './diagnostics';
import { Lighting } from './Lighting';
import { MODEL_URLS } from './modelNodes';
import { chooseDetail, type ModelDetail } from './quality';
import { SnapshotProvider } from './SnapshotProvider';
import { forgetModel, SpineModel } from './SpineModel';

export { loadModel } from './SpineModel';

// The three.js classes used as JSX elements. The production build stops R3F from registering all of
// three.js (see vite.config.ts), so a new element must be added here.
extend({ DirectionalLight, HemisphereLight });

/**
 * What the view's context is asked for: smooth edges, see-through background, the faster GPU, and a
 * stencil, which marks where the cross-section's plane lies inside each tissue (see section/SectionRig).
 */
const CONTEXT = { antialias: true, alpha: true, stencil: true, powerPreference: 'high-performance' } as const;

/**
 * The renderer, drawing with the page's one WebGL context (lib/webgl.ts): no context is created to test
 * for WebGL 2 first, and a browser without it gets the same "3D view not available" message.
 */
function createRenderer(defaults: WebGLRendererParameters): WebGLRenderer {
  // R3F always passes the canvas it made for the view.
  const canvas = defaults.canvas as HTMLCanvasElement;
  return new WebGLRenderer({ ...defaults, ...CONTEXT, context: sceneContext(canvas, CONTEXT) });
}

function FrameCounter() {
  const get = useThree((s) => s.get);
  useEffect(() => {
    watchDrawing(() => get().internal.frames > 0);
    return () => watchDrawing(null);
  }, [get]);
  useFrame(countFrame);
  return null;
}

/** Tells the store the view's shape, so home and teaching views fit any screen. */
function ViewShape() {
  const { width, height } = useThree((s) => s.size);
  useEffect(() => {
    if (width > 0 && height > 0) useViewer.getState().setViewAspect(width / height);
  }, [width, height]);
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
    if (attempt > 0) forgetModel(MODEL_URLS[detail]);
    return useViewer.getState().cameraGoal;
  });
  return (
    <Canvas
      frameloop="demand"
      // Only a change of the view's size needs a new frame. Where the page scrolls (a phone), R3F would
      // otherwise note the view's new place on the page, after each scroll, and draw a frame for it.
      resize={{ scroll: false }}
      // A slow device draws fewer pixels on a sharp screen, as well as fewer triangles.
      dpr={detail === 'lite' ? [1, 1.5] : [1, 2]}
      camera={{ fov: CAMERA_FOV_DEG, near: 0.01, far: 20, position: home.position }}
      gl={createRenderer}
      onCreated={({ gl, invalidate }) => {
        watchRenderer(gl);
        gl.domElement.setAttribute('aria-hidden', 'true');
        watchContext(gl.domElement, () => invalidate());
      }}
    >
      <Lighting />
      <Suspense fallback={null}>
        <SpineModel url={MODEL_URLS[detail]} rebuilt={attempt > 0} />
      </Suspense>
      <CameraRig />
      <FrameCounter />
      <ViewShape />
      <SnapshotProvider />
    </Canvas>
  );
}
