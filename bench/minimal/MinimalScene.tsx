import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Mesh } from 'three';

/** The same figures the app puts on `window.spineViewer`, so one set of probes measures both pages. */
const viewer = {
  frames: 0,
  renderInfo: () => ({ calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0 }),
};
(window as unknown as { spineViewer: typeof viewer }).spineViewer = viewer;

/** One lit mesh that a drag turns; like the app's camera it draws every frame while the button is down. */
function DraggedKnot({ onFirstFrame }: { onFirstFrame: () => void }) {
  const mesh = useRef<Mesh>(null);
  const dragging = useRef(false);
  const { gl, invalidate } = useThree();
  useFrame(() => {
    viewer.frames += 1;
    if (viewer.frames === 1) onFirstFrame();
    if (dragging.current) invalidate();
  });
  useEffect(() => {
    const canvas = gl.domElement;
    const press = () => {
      dragging.current = true;
      invalidate();
    };
    const release = () => {
      dragging.current = false;
    };
    const turn = (event: PointerEvent) => {
      if (!dragging.current || !mesh.current) return;
      mesh.current.rotation.y += event.movementX * 0.01;
      mesh.current.rotation.x += event.movementY * 0.01;
    };
    canvas.addEventListener('pointerdown', press);
    window.addEventListener('pointerup', release);
    canvas.addEventListener('pointermove', turn);
    return () => {
      canvas.removeEventListener('pointerdown', press);
      window.removeEventListener('pointerup', release);
      canvas.removeEventListener('pointermove', turn);
    };
  }, [gl, invalidate]);
  return (
    <mesh ref={mesh}>
      <torusKnotGeometry args={[0.6, 0.2, 256, 32]} />
      <meshStandardMaterial color="#e8dcc8" roughness={0.6} />
    </mesh>
  );
}

/** The minimal page's 3D view. */
export default function MinimalScene({ onFirstFrame }: { onFirstFrame: () => void }) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 32, position: [0, 0, 4] }}
      gl={{ antialias: true, alpha: true }}
      onCreated={({ gl }) => {
        viewer.renderInfo = () => ({
          calls: gl.info.render.calls,
          triangles: gl.info.render.triangles,
          geometries: gl.info.memory.geometries,
          textures: gl.info.memory.textures,
          programs: gl.info.programs?.length ?? 0,
        });
      }}
    >
      <hemisphereLight args={['#fff7ea', '#3a4150', 1.1]} />
      <directionalLight position={[1.2, 2.2, 2.4]} intensity={2.1} />
      <DraggedKnot onFirstFrame={onFirstFrame} />
    </Canvas>
  );
}
