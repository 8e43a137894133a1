// @vitest-environment node
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { Mesh, MeshStandardMaterial, Object3D } from 'three';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Anatomy } from '../../src/scene/Anatomy';
import { resetViewer, useViewer } from '../../src/state/store';
import { loadSpineModel } from './model';

// React checks that state updates in tests are wrapped in act() only where this flag says the test
// environment supports it; without it every act() of the test renderer warns.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let model: Object3D;

beforeAll(async () => {
  model = await loadSpineModel();
});

afterEach(resetViewer);

function meshOf(root: Object3D, name: string): Mesh {
  const node = root.getObjectByName(name);
  let found: Mesh | undefined;
  node?.traverse((o) => {
    if (!found && (o as Mesh).isMesh) found = o as Mesh;
  });
  if (!found) throw new Error(`No mesh under ${name}`);
  return found;
}

describe('the anatomy in the scene graph', () => {
  it('names the structure under the pointer', async () => {
    const renderer = await ReactThreeTestRenderer.create(<Anatomy scene={model.clone()} rebuilt={false} />);
    const root = renderer.scene.children[0];
    const scene = root.instance as Object3D;
    const hip = meshOf(scene, 'hip_left');
    await renderer.fireEvent(root, 'onPointerMove', { object: hip, stopPropagation: () => undefined });
    expect(useViewer.getState().hovered).toBe('hip_left');
    await renderer.fireEvent(root, 'onPointerOut', {});
    expect(useViewer.getState().hovered).toBeNull();
    await renderer.unmount();
  });

  it('reports the model ready with a marker for every condition', async () => {
    const renderer = await ReactThreeTestRenderer.create(<Anatomy scene={model.clone()} rebuilt={false} />);
    expect(useViewer.getState().sceneState).toBe('ready');
    expect(Object.keys(useViewer.getState().modelConditions).sort()).toEqual([
      'bone-spurs',
      'bulging-disc',
      'facet-arthritis',
      'herniated-disc',
      'piriformis-syndrome',
      'spondylolisthesis',
    ]);
    await renderer.unmount();
  });

  it('on a herniated disc: the S1 root glows, unrelated bone is put out of the way, and the disc herniates over the animation', async () => {
    const scene = model.clone();
    const renderer = await ReactThreeTestRenderer.create(<Anatomy scene={scene} rebuilt={false} />);
    const disc = meshOf(scene, 'disc_L5_S1');
    const index = disc.morphTargetDictionary?.['herniated-disc'];
    expect(index).toBeDefined();
    await ReactThreeTestRenderer.act(async () => useViewer.getState().select('herniated-disc'));
    const root = meshOf(scene, 'root_S1_left').material as MeshStandardMaterial;
    const hipMesh = meshOf(scene, 'hip_right');
    const hip = hipMesh.material as MeshStandardMaterial;
    expect(root.emissiveIntensity).toBeGreaterThan(0.5);
    // Out of the story: hidden, or at most a faint see-through ghost.
    expect(!hipMesh.visible || hip.opacity < 0.5).toBe(true);
    await renderer.advanceFrames(10, 1 / 60);
    const early = disc.morphTargetInfluences?.[index as number] ?? 0;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(1);
    await renderer.advanceFrames(120, 1 / 60);
    expect(disc.morphTargetInfluences?.[index as number]).toBe(1);
    await ReactThreeTestRenderer.act(async () => useViewer.getState().select(null));
    await renderer.advanceFrames(120, 1 / 60);
    expect(disc.morphTargetInfluences?.[index as number]).toBe(0);
    expect(hipMesh.visible).toBe(true);
    expect(hip.opacity).toBe(1);
    await renderer.unmount();
  });

  it('a view rebuilt after a lost context shows the herniation as it stood, without replaying it', async () => {
    useViewer.getState().select('herniated-disc');
    const scene = model.clone();
    const renderer = await ReactThreeTestRenderer.create(<Anatomy scene={scene} rebuilt={true} />);
    const disc = meshOf(scene, 'disc_L5_S1');
    const index = disc.morphTargetDictionary?.['herniated-disc'] as number;
    await renderer.advanceFrames(1, 1 / 60);
    expect(disc.morphTargetInfluences?.[index]).toBe(1);
    await renderer.unmount();
  });
});
