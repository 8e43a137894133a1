// @vitest-environment node
import { Box3, type Intersection, Mesh, Raycaster, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../src/content';
import { loadPickingTrees, pickFast } from '../../src/scene/fastPicking';
import { loadSpineModel } from './model';

let meshes: Mesh[];

beforeAll(async () => {
  const root = await loadSpineModel();
  await loadPickingTrees();
  root.updateMatrixWorld(true);
  meshes = [];
  root.traverse((o) => {
    if ((o as Mesh).isMesh && (o as Mesh).morphTargetDictionary) meshes.push(o as Mesh);
  });
});

/** A fixed sequence of numbers in [0, 1), so a failure can be replayed. */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/** The nearest hit of each ray on `mesh`, by three.js's own raycast and by the app's. */
function nearestHits(mesh: Mesh, rays: Raycaster[]) {
  const fast = mesh.raycast;
  return rays.map((ray) => {
    const own: Intersection[] = [];
    Mesh.prototype.raycast.call(mesh, ray, own);
    const app: Intersection[] = [];
    fast.call(mesh, ray, app);
    const nearest = (hits: Intersection[]) => hits.sort((a, b) => a.distance - b.distance)[0];
    return { own: nearest(own), app: nearest(app) };
  });
}

/** Rays from around the mesh's box toward points inside it. */
function raysThrough(mesh: Mesh, random: () => number, count: number): Raycaster[] {
  const box = new Box3().setFromObject(mesh, true);
  const size = box.getSize(new Vector3());
  const centre = box.getCenter(new Vector3());
  const reach = size.length();
  return Array.from({ length: count }, () => {
    const to = new Vector3(random(), random(), random()).multiply(size).add(box.min);
    const from = new Vector3(random() - 0.5, random() - 0.5, random() - 0.5)
      .normalize()
      .multiplyScalar(reach)
      .add(centre);
    return new Raycaster(from, to.sub(from).normalize());
  });
}

describe('picking the changed shape', () => {
  it('meets each changed part where three.js itself would, healthy and at each condition', () => {
    expect(meshes.length).toBeGreaterThan(5);
    const random = sequence(7);
    let compared = 0;
    let changedHits = 0;
    for (const mesh of meshes) {
      pickFast(mesh);
      const weights = mesh.morphTargetInfluences ?? [];
      for (const condition of [null, ...CONDITION_IDS]) {
        const index = condition ? mesh.morphTargetDictionary?.[condition] : undefined;
        if (condition && index === undefined) continue;
        weights.fill(0);
        if (index !== undefined) weights[index] = 1;
        for (const { own, app } of nearestHits(mesh, raysThrough(mesh, random, 40))) {
          compared++;
          expect(app === undefined).toBe(own === undefined);
          if (!own || !app) continue;
          if (condition) changedHits++;
          expect(app.object).toBe(mesh);
          expect(app.distance).toBeCloseTo(own.distance, 6);
          expect(app.point.distanceTo(own.point)).toBeLessThan(1e-6);
        }
      }
      weights.fill(0);
    }
    expect(changedHits).toBeGreaterThan(100);
    expect(compared).toBeGreaterThan(500);
  });
});
