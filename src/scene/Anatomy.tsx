import { type ThreeEvent, useThree } from '@react-three/fiber';
import type CameraControlsImpl from 'camera-controls';
import { useEffect, useMemo } from 'react';
import { Box3, type Object3D } from 'three';
import type { NodeBox } from '../state/framing';
import { useViewer } from '../state/store';
import { HotspotProjector } from './HotspotProjector';
import { LabelProjector } from './LabelProjector';
import { readModelConditions } from './modelConditions';
import { prepareModel } from './prepareModel';
import { SplitCompare } from './SplitCompare';
import { Cutaway } from './section/Cutaway';
import { useAppearance } from './useAppearance';
import { usePathology } from './usePathology';

/** The box around each top-level node of the model, in scene coordinates, to fit views to. */
function nodeBoxes(scene: Object3D): Record<string, NodeBox> {
  scene.updateMatrixWorld(true);
  const boxes: Record<string, NodeBox> = {};
  const box = new Box3();
  for (const node of scene.children) {
    box.setFromObject(node);
    if (!box.isEmpty()) boxes[node.name] = { min: box.min.toArray(), max: box.max.toArray() };
  }
  return boxes;
}

/** Names the structure under the pointer (or under a tap), reported only when it changes. */
function nameStructure(event: ThreeEvent<PointerEvent | MouseEvent>) {
  event.stopPropagation();
  const name = (event.object.userData.structure as string | undefined) ?? null;
  if (useViewer.getState().hovered !== name) useViewer.getState().setHovered(name);
}

/**
 * The loaded anatomy, styled and animated from the store: hover or tap names a structure,
 * double-click centres the view on the point under the cursor, and markers sit on each condition.
 */
export function Anatomy({ scene, rebuilt }: { scene: Object3D; rebuilt: boolean }) {
  const parts = useMemo(() => prepareModel(scene), [scene]);
  const controls = useThree((s) => s.controls) as CameraControlsImpl | null;

  useEffect(() => {
    const { setModelConditions, setSceneState } = useViewer.getState();
    setModelConditions(readModelConditions(scene.userData), nodeBoxes(scene));
    setSceneState('ready');
  }, [scene]);

  useAppearance(parts);
  usePathology(parts, rebuilt);

  return (
    <>
      <primitive
        object={scene}
        onPointerMove={nameStructure}
        onClick={nameStructure}
        onPointerOut={() => useViewer.getState().setHovered(null)}
        onDoubleClick={(event: ThreeEvent<MouseEvent>) => {
          event.stopPropagation();
          void controls?.moveTo(event.point.x, event.point.y, event.point.z, true);
        }}
      />
      <HotspotProjector parts={parts} />
      <LabelProjector parts={parts} />
      <SplitCompare parts={parts} />
      <Cutaway root={scene} parts={parts} />
    </>
  );
}
