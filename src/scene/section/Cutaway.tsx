import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type Camera, type Object3D, Vector3, type WebGLRenderer } from 'three';
import { overlay } from '../../state/overlay';
import { useViewer } from '../../state/store';
import { watchNodes } from '../diagnostics';
import type { ModelPart } from '../prepareModel';
import { focusOf } from '../useAppearance';
import { SectionRig } from './SectionRig';

/** Renders into one corner pixel, which the frame drawn right after paints over. */
function drawOutOfSight(gl: WebGLRenderer, scene: Object3D, camera: Camera): void {
  gl.setScissorTest(true);
  gl.setScissor(0, 0, 1, 1);
  gl.render(scene, camera);
  gl.setScissorTest(false);
}

/**
 * The cross-section from the store: on or off, its plane and place, and the MRI look. It re-cuts
 * before a frame only when the section changed or the camera crossed to the other side of the plane.
 */
export function Cutaway({ root, parts }: { root: Object3D; parts: ModelPart[] }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const rig = useMemo(() => new SectionRig(root, parts), [root, parts]);

  useEffect(() => {
    gl.localClippingEnabled = true;
    const update = () => {
      const state = useViewer.getState();
      const culprit = state.selected ? state.modelConditions[state.selected]?.node : undefined;
      const changed = state.selected && culprit ? { condition: state.selected, node: culprit } : null;
      rig.set(state.section, state.mriLook, focusOf(state).compressed, changed);
      invalidate();
    };
    update();
    const unsubscribe = useViewer.subscribe((state, previous) => {
      if (
        state.section !== previous.section ||
        state.mriLook !== previous.mriLook ||
        state.selected !== previous.selected ||
        state.modelConditions !== previous.modelConditions
      ) {
        update();
      }
    });
    return () => {
      unsubscribe();
      rig.dispose();
    };
  }, [gl, rig, invalidate]);

  // For the browser tests: where a point of the model, such as the middle of a disc, is drawn.
  useEffect(() => {
    const point = new Vector3();
    watchNodes((name, local = [0, 0, 0]) => {
      const node = root.getObjectByName(name);
      if (!node) return null;
      point
        .set(...local)
        .applyMatrix4(node.matrixWorld)
        .project(camera);
      return { x: ((point.x + 1) / 2) * size.width, y: ((1 - point.y) / 2) * size.height };
    });
  }, [root, camera, size]);

  // Once the first picture is up, every shader the consultation may need is compiled in one frame.
  const warmUp = useRef<'waiting' | 'due' | 'done'>('waiting');
  useFrame(({ gl, scene, camera }) => {
    if (warmUp.current === 'waiting') {
      warmUp.current = 'due';
      setTimeout(invalidate, 0);
    } else if (warmUp.current === 'due') {
      warmUp.current = 'done';
      rig.compileEveryLook(() => drawOutOfSight(gl, scene, camera));
    }
    rig.update(camera.position);
    if (rig.showsHealthyEdge !== overlay.getState().healthyEdge) {
      overlay.setState({ healthyEdge: rig.showsHealthyEdge });
    }
  });
  useEffect(() => () => overlay.setState({ healthyEdge: false }), []);

  return <primitive object={rig.group} />;
}
