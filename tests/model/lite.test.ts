// @vitest-environment node
// The light model for weak devices must teach the same conditions as the full one: the same scene extras
// (markers, pressed nerves, sides) and a morph target for each condition on the same meshes.
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../src/content/schema';
import { readModelConditions } from '../../src/scene/modelConditions';
import { loadModel, type Model, meshOf, sceneExtras } from './helpers';

let full: Model;
let lite: Model;
beforeAll(async () => {
  [full, lite] = await Promise.all([loadModel('spine.glb'), loadModel('spine-lite.glb')]);
});

/** Every node path that carries a morph target named `id`. */
function carriers(model: Model, id: string): string[] {
  const paths: string[] = [];
  const walk = (node: ReturnType<Model['node']>, prefix: string) => {
    const path = prefix ? `${prefix}/${node.getName()}` : node.getName();
    const mesh = node.getMesh();
    const names = mesh ? ((meshOf(node).getExtras() as { targetNames?: string[] }).targetNames ?? []) : [];
    if (names.includes(id)) paths.push(path);
    for (const child of node.listChildren()) walk(child, path);
  };
  for (const node of model.doc.getRoot().getDefaultScene()?.listChildren() ?? []) walk(node, '');
  return paths.sort();
}

describe('the light model', () => {
  it('has the same condition records as the full model, which the app reads in full', () => {
    const fullConditions = sceneExtras(full).conditions;
    const liteConditions = sceneExtras(lite).conditions;
    expect(Object.keys(liteConditions).sort()).toEqual([...CONDITION_IDS].sort());
    for (const id of CONDITION_IDS) {
      const { hotspot: a, ...rest } = liteConditions[id];
      const { hotspot: b, ...fullRest } = fullConditions[id];
      expect(rest, id).toEqual(fullRest);
      // The marker sits within 3 mm of the full model's (the light mesh is coarser).
      expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), id).toBeLessThan(0.003);
    }
    expect(Object.keys(readModelConditions({ conditions: liteConditions })).sort()).toEqual(
      [...CONDITION_IDS].sort(),
    );
  });

  it('carries each condition as a morph target on the same meshes as the full model', () => {
    for (const id of CONDITION_IDS) {
      const meshes = carriers(lite, id);
      expect(meshes.length, id).toBeGreaterThan(0);
      expect(meshes, id).toEqual(carriers(full, id));
    }
  });
});
