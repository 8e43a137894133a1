import { type ThreeEvent, useLoader, useThree } from '@react-three/fiber';
import type CameraControlsImpl from 'camera-controls';
import { type RefObject, useEffect, useMemo } from 'react';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { useViewer } from '../state/store';
import { Hotspots } from './Hotspots';
import { readModelConditions } from './modelConditions';
import { prepareModel } from './prepareModel';
import { useAppearance } from './useAppearance';
import { usePathology } from './usePathology';

/** Sets up the loader for meshopt-compressed files; the decoder ships inside the app's own code. */
export function withMeshopt(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

/** Structure name under the pointer, reported only when it changes. */
function hoverStructure(event: ThreeEvent<PointerEvent>) {
  event.stopPropagation();
  const name = (event.object.userData.structure as string | undefined) ?? null;
  if (useViewer.getState().hovered !== name) useViewer.getState().setHovered(name);
}

/** The anatomy from the generated GLB file, styled and animated from the store. */
export function SpineModel({
  url,
  hotspotLayer,
}: {
  url: string;
  hotspotLayer: RefObject<HTMLElement | null>;
}) {
  const gltf = useLoader(GLTFLoader, url, withMeshopt, (event) => {
    if (event.total > 0) useViewer.getState().setLoadProgress(event.loaded / event.total);
  });
  const parts = useMemo(() => prepareModel(gltf.scene), [gltf]);
  const controls = useThree((s) => s.controls) as CameraControlsImpl | null;

  useEffect(() => {
    for (const part of parts) part.mesh.userData.structure = part.structure;
    const { setModelConditions, setSceneState } = useViewer.getState();
    setModelConditions(readModelConditions(gltf.scene.userData));
    setSceneState('ready');
  }, [gltf, parts]);

  useAppearance(parts);
  usePathology(parts);

  return (
    <>
      <primitive
        object={gltf.scene}
        onPointerMove={hoverStructure}
        onPointerOut={() => useViewer.getState().setHovered(null)}
        onDoubleClick={(event: ThreeEvent<MouseEvent>) => {
          event.stopPropagation();
          void controls?.moveTo(event.point.x, event.point.y, event.point.z, true);
        }}
      />
      <Hotspots parts={parts} layer={hotspotLayer} />
    </>
  );
}
