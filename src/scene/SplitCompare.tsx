import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { useViewer } from '../state/store';
import type { ModelPart } from './prepareModel';

/**
 * Draws the view twice, side by side: the left half healthy, the right half as affected as the
 * animation has got. Taking over rendering (priority 1) is R3F's way to draw a frame by hand.
 */
function SplitRender({ parts }: { parts: ModelPart[] }) {
  useFrame(({ gl, scene, camera, size }) => {
    const selected = useViewer.getState().selected;
    const lens = camera as PerspectiveCamera;
    const half = size.width / 2;
    gl.autoClear = false;
    gl.setScissorTest(true);
    lens.aspect = half / size.height;
    lens.updateProjectionMatrix();
    for (const side of ['healthy', 'affected'] as const) {
      const left = side === 'healthy' ? 0 : half;
      for (const part of parts) {
        const index = selected ? part.mesh.morphTargetDictionary?.[selected] : undefined;
        const influences = part.mesh.morphTargetInfluences;
        if (index === undefined || !influences) continue;
        // The pathology hook has just set the affected weight; the healthy half borrows a zero.
        if (side === 'healthy') {
          part.mesh.userData.affectedWeight = influences[index];
          influences[index] = 0;
        } else {
          influences[index] = part.mesh.userData.affectedWeight ?? influences[index];
        }
      }
      gl.setViewport(left, 0, half, size.height);
      gl.setScissor(left, 0, half, size.height);
      gl.clear();
      gl.render(scene, camera);
    }
    gl.setScissorTest(false);
    gl.setViewport(0, 0, size.width, size.height);
    gl.autoClear = true;
    lens.aspect = size.width / size.height;
    lens.updateProjectionMatrix();
  }, 1);
  return null;
}

/** Healthy beside affected while the Compare switch is on and a condition is selected. */
export function SplitCompare({ parts }: { parts: ModelPart[] }) {
  const on = useViewer((s) => s.compare && s.selected !== null);
  const invalidate = useThree((s) => s.invalidate);
  // biome-ignore lint/correctness/useExhaustiveDependencies: turning the split on or off must draw one new frame.
  useEffect(() => {
    invalidate();
  }, [on, invalidate]);
  return on ? <SplitRender parts={parts} /> : null;
}
