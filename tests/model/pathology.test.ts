// @vitest-environment node
// Check 12 and the pathology encoding: morph targets named by condition id on the right meshes,
// measured at full weight, and the `conditions` record in the scene extras.
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../src/content/schema';
import {
  dist,
  inFrame,
  loadModel,
  localPoints,
  localTriangles,
  type Model,
  meshOf,
  minDistance,
  rayHits,
  sceneExtras,
  surfaceGap,
  type V3,
  worldMatrixMm,
  worldPoints,
  worldTriangles,
} from './helpers';
import { axis, foraminalHeight, piriformisThickness } from './measure';

let model: Model;
beforeAll(async () => {
  model = await loadModel('spine.glb');
});

const IDS = CONDITION_IDS;

/** Meshes (node paths) that carry each condition's morph target. */
const EXPECTED: Record<string, string[]> = {
  'bulging-disc': ['disc_L4_L5', 'disc_L4_L5/nucleus', 'root_L5_left', 'root_L5_right', 'thecal_sac'],
  'herniated-disc': ['disc_L5_S1', 'disc_L5_S1/nucleus', 'root_S1_left'],
  'bone-spurs': ['L4', 'L5', 'root_L4_left'],
  'facet-arthritis': ['L4', 'L5', 'root_L4_right'],
  spondylolisthesis: [
    'L1',
    'L2',
    'L3',
    'L4',
    'L5',
    'disc_L1_L2',
    'disc_L4_L5',
    'disc_L5_S1',
    'thecal_sac',
    'root_L5_left',
    'root_L5_right',
  ],
  'piriformis-syndrome': ['piriformis_right', 'sciatic_nerve_right'],
};

const targetNames = (path: string) =>
  (meshOf(model.node(path)).getExtras() as { targetNames?: string[] }).targetNames ?? [];

/** Normal (not unit) of the triangle a, b, c. */
function triangleNormal([a, b, c]: V3[]): V3 {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const w = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  return [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
}

/**
 * Angular span (degrees) of the disc rim pushed out by more than 1 mm, at mid-height, in the disc frame.
 */
function rimSpan(path: string, id: string): number {
  const h = localPoints(model.node(path));
  const m = localPoints(model.node(path), id);
  const bins = new Array(72).fill(0);
  h.forEach((p, i) => {
    if (Math.abs(p[1]) > 2.5) return;
    const out = Math.hypot(m[i][0], m[i][2]) - Math.hypot(p[0], p[2]);
    const a = Math.atan2(p[0], -p[2]);
    const b = Math.floor(((a + Math.PI) / (2 * Math.PI)) * 72) % 72;
    bins[b] = Math.max(bins[b], out);
  });
  return bins.filter((v) => v > 1).length * 5;
}

describe('pathology encoding', () => {
  it('each condition is a morph target named by its id on the affected meshes, nowhere unexpected', () => {
    for (const id of IDS)
      for (const path of EXPECTED[id]) expect(targetNames(path), `${path} has ${id}`).toContain(id);
    expect(targetNames('piriformis_left')).not.toContain('piriformis-syndrome');
    expect(targetNames('disc_L4_L5')).not.toContain('herniated-disc');
    for (const path of ['L4', 'disc_L5_S1', 'piriformis_right']) {
      const mesh = meshOf(model.node(path));
      expect(mesh.getWeights().length).toBe(targetNames(path).length);
      expect(mesh.getWeights().every((w) => w === 0)).toBe(true);
    }
  });

  it('scene extras list every condition with node, compressed nerve, side and a hotspot on the diseased surface', () => {
    const ex = sceneExtras(model);
    expect(ex.units).toBe('m');
    expect(ex.generator).toMatch(/\d+\.\d+\.\d+/);
    expect(Object.keys(ex.conditions).sort()).toEqual([...IDS].sort());
    for (const id of IDS) {
      const c = ex.conditions[id];
      expect(model.has(c.node), `${id} node`).toBe(true);
      expect(model.has(c.compresses), `${id} nerve`).toBe(true);
      expect(['left', 'right', 'both']).toContain(c.side);
      expect(c.hotspot).toHaveLength(3);
      const hs: V3 = [c.hotspot[0] * 1000, c.hotspot[1] * 1000, c.hotspot[2] * 1000];
      const surf = worldPoints(model.node(c.node), targetNames(c.node).includes(id) ? id : undefined);
      expect(Math.min(...surf.map((p) => dist(p, hs))), `${id} hotspot on surface`).toBeLessThan(3);
    }
  });

  it('grows each surface without turning it inside out (each overturned triangle shows as a dark fleck)', () => {
    for (const id of IDS) {
      if (id === 'spondylolisthesis') continue; // a rigid slip moves whole bones
      for (const path of EXPECTED[id]) {
        const before = localTriangles(model.node(path));
        const after = localTriangles(model.node(path), id);
        let moved = 0;
        let overturned = 0;
        for (let t = 0; t < before.idx.length; t += 3) {
          const corners = [0, 1, 2].map((k) => before.idx[t + k]);
          if (corners.every((v) => dist(before.pos[v], after.pos[v]) < 0.01)) continue;
          moved++;
          const [n0, n1] = [before, after].map((m) => triangleNormal(corners.map((v) => m.pos[v])));
          if (n0[0] * n1[0] + n0[1] * n1[1] + n0[2] * n1[2] < 0) overturned++;
        }
        console.log(`${id} on ${path}: ${overturned} of ${moved} moved triangles overturned`);
        expect(overturned / Math.max(1, moved), `${id} on ${path}: ${overturned} of ${moved}`).toBeLessThan(
          0.01,
        );
      }
    }
  });

  it("names each condition's side as the side its geometry changes and its pressed nerves lie", () => {
    const ex = sceneExtras(model);
    const meanX = (points: V3[]) => points.reduce((sum, p) => sum + p[0], 0) / Math.max(1, points.length);
    for (const id of IDS) {
      const c = ex.conditions[id];
      const nerveSides = new Set(c.nerves.map((n) => (n.endsWith('_left') ? 'left' : 'right')));
      expect(c.side, id).toBe(nerveSides.size > 1 ? 'both' : [...nerveSides][0]);
      expect(c.nerves, id).toContain(c.compresses);
      if (c.side === 'both') continue;
      // The vertices the condition moves sit on the same side of the midline as the nerve it presses.
      const moved = EXPECTED[id].flatMap((path) => {
        const healthy = worldPoints(model.node(path));
        const affected = worldPoints(model.node(path), id);
        return affected.filter((p, i) => dist(p, healthy[i]) > 0.5);
      });
      expect(moved.length, id).toBeGreaterThan(10);
      const nerveX = meanX(worldPoints(model.node(c.compresses)));
      expect(Math.sign(meanX(moved)), id).toBe(Math.sign(nerveX));
    }
  });
});

describe('12. pathology geometry at full weight', () => {
  it('squeezes each pressed nerve where it is pressed: it narrows, and is not cut through', () => {
    const ex = sceneExtras(model);
    for (const id of IDS) {
      if (id === 'spondylolisthesis') continue; // the slip stretches its roots along their length
      for (const nerve of ex.conditions[id].nerves) {
        const healthy = worldPoints(model.node(nerve));
        const pressed = worldPoints(model.node(nerve), id);
        const moves = pressed.map((p, i) => dist(p, healthy[i]));
        const largest = Math.max(...moves);
        console.log(`${id}: ${nerve} squeezed by up to ${largest.toFixed(2)} mm`);
        // A root is about 4.4-5 mm across, the sciatic nerve more: a squeeze the eye sees, less than that.
        expect(largest, `${id} ${nerve}`).toBeGreaterThan(0.5);
        expect(largest, `${id} ${nerve}`).toBeLessThan(4);
        // Only near the contact: most of the nerve keeps its shape.
        expect(moves.filter((m) => m > 0.05).length / moves.length, `${id} ${nerve}`).toBeLessThan(0.25);
      }
    }
  });

  it('bulging disc: L4-L5 rim out > 90 degrees, reaching both L5 roots', () => {
    expect(rimSpan('disc_L4_L5', 'bulging-disc')).toBeGreaterThan(90);
    const healthy = worldPoints(model.node('disc_L4_L5'));
    for (const side of ['left', 'right']) {
      const root = worldPoints(model.node(`root_L5_${side}`));
      expect(minDistance(healthy, root)).toBeGreaterThan(1);
      expect(
        surfaceGap(root, worldTriangles(model.node('disc_L4_L5'), 'bulging-disc')),
        `touches root_L5_${side}`,
      ).toBeLessThan(0.5);
    }
  });

  it('herniated disc: L5-S1 focal (< 90 degrees) on the left, nucleus through the annulus, touching root_S1_left', () => {
    const span = rimSpan('disc_L5_S1', 'herniated-disc');
    expect(span).toBeGreaterThan(0);
    expect(span).toBeLessThan(90);
    const disc = worldPoints(model.node('disc_L5_S1'), 'herniated-disc');
    expect(
      minDistance(worldPoints(model.node('disc_L5_S1')), worldPoints(model.node('root_S1_left'))),
    ).toBeGreaterThan(1);
    const herniated = worldTriangles(model.node('disc_L5_S1'), 'herniated-disc');
    expect(surfaceGap(worldPoints(model.node('root_S1_left')), herniated)).toBeLessThan(0.5);
    expect(minDistance(disc, worldPoints(model.node('root_S1_right')))).toBeCloseTo(
      minDistance(worldPoints(model.node('disc_L5_S1')), worldPoints(model.node('root_S1_right'))),
      1,
    );
    // the nucleus reaches beyond the healthy annulus rim
    const nuc = localPoints(model.node('disc_L5_S1/nucleus'), 'herniated-disc');
    const far = nuc.reduce((m, p) => (Math.hypot(p[0], p[2]) > Math.hypot(m[0], m[2]) ? p : m));
    const ang = Math.atan2(far[0], -far[2]);
    const rim = Math.max(
      ...localPoints(model.node('disc_L5_S1'))
        .filter((p) => Math.abs(p[1]) < 3 && Math.abs(Math.atan2(p[0], -p[2]) - ang) < 0.1)
        .map((p) => Math.hypot(p[0], p[2])),
    );
    expect(Math.hypot(far[0], far[2])).toBeGreaterThan(rim);
    const moved = localPoints(model.node('disc_L5_S1'), 'herniated-disc').filter(
      (p, i) => dist(p, localPoints(model.node('disc_L5_S1'))[i]) > 1,
    );
    expect(moved.every((p) => p[0] > 0)).toBe(true);
  });

  it('bone spurs: L4-L5 margins at the back and left side, and the left facet, grow toward root_L4_left', () => {
    const root = worldPoints(model.node('root_L4_left'));
    const before = minDistance(worldPoints(model.node('L5')), root);
    const after = minDistance(worldPoints(model.node('L5'), 'bone-spurs'), root);
    expect(after).toBeLessThan(before - 0.5);
    expect(after).toBeLessThan(1.5);
    const l4 = localPoints(model.node('L4'));
    const l4s = localPoints(model.node('L4'), 'bone-spurs');
    const grown = l4s.filter((p, i) => dist(p, l4[i]) > 1.5);
    expect(grown.length).toBeGreaterThan(5);
    // Only the lower rim grows, at the back or on the left (+x): the side the pressed root is on.
    expect(grown.every((p) => p[1] < 0 && (p[2] < 0 || p[0] > 0))).toBe(true);
  });

  it('facet arthritis: right L4-L5 facets enlarged, joint space < 2 mm, foramen narrowed toward root_L4_right', () => {
    // joint space: from the L5 superior facet along its normal to the L4 inferior facet
    const fn = model.node('L5/facet_superior_right');
    const m = worldMatrixMm(fn);
    const n = axis(fn, 2);
    const space = (morph?: string) => {
      const o: V3 = [m[12] - n[0] * 3, m[13] - n[1] * 3, m[14] - n[2] * 3];
      const l5 = rayHits(worldTriangles(model.node('L5'), morph), o, n).filter((t) => t > 0);
      const l4 = rayHits(worldTriangles(model.node('L4'), morph), o, n).filter((t) => t > 0);
      return Math.min(...l4) - Math.max(...l5.filter((t) => t < Math.min(...l4)));
    };
    expect(space()).toBeGreaterThan(2);
    expect(space('facet-arthritis')).toBeLessThan(2);
    expect(space('facet-arthritis')).toBeGreaterThan(0);
    const root = worldPoints(model.node('root_L4_right'));
    expect(minDistance(worldPoints(model.node('L5'), 'facet-arthritis'), root)).toBeLessThan(
      minDistance(worldPoints(model.node('L5')), root) - 0.5,
    );
  });

  it('spondylolisthesis: L5 slips forward 26-50% of the S1 endplate depth (Meyerding II), the column moves with it', () => {
    const sac = model.node('sacrum');
    const zHits = rayHits(localTriangles(sac), [0.13, -1.5, 100], [0, 0, -1]);
    const s1Depth = zHits[1] - zHits[0];
    const body = (n: string) => {
      const h = inFrame(worldPoints(model.node(n)), sac);
      const m = inFrame(worldPoints(model.node(n), 'spondylolisthesis'), sac);
      const idx = localPoints(model.node(n))
        .map((p, i) => (p[2] > 0 ? i : -1))
        .filter((i) => i >= 0);
      return idx.reduce((a, i) => a + (m[i][2] - h[i][2]), 0) / idx.length;
    };
    const slip = (100 * body('L5')) / s1Depth;
    // The file's grade is the Meyerding grade of the slip measured here: I up to 25 %, II to 50 %, ...
    const measuredGrade = ['I', 'II', 'III', 'IV'][Math.min(3, Math.floor((slip - 1e-9) / 25))];
    expect(sceneExtras(model).conditions.spondylolisthesis.grade).toBe(measuredGrade);
    expect(slip).toBeGreaterThanOrEqual(26);
    expect(slip).toBeLessThanOrEqual(50);
    for (const n of ['L1', 'L2', 'L3', 'L4']) expect(Math.abs(body(n) - body('L5'))).toBeLessThan(0.5);
    // the S1 side of the L5-S1 disc stays, the L5 side moves
    const d = localPoints(model.node('disc_L5_S1'));
    const dm = localPoints(model.node('disc_L5_S1'), 'spondylolisthesis');
    const low = d.map((p, i) => (p[1] < -5 ? dist(p, dm[i]) : 0));
    expect(Math.max(...low)).toBeLessThan(3);
    for (const side of [1, -1] as const) {
      expect(foraminalHeight(model, 'L5', 'sacrum', side, 'spondylolisthesis')).toBeLessThan(
        foraminalHeight(model, 'L5', 'sacrum', side),
      );
    }
  });

  it('piriformis syndrome: the right piriformis swells to 20-28 mm and touches the sciatic nerve', () => {
    const t = piriformisThickness(model, 'right', 'piriformis-syndrome');
    expect(t).toBeGreaterThanOrEqual(20);
    expect(t).toBeLessThanOrEqual(28);
    const nerve = worldPoints(model.node('sciatic_nerve_right'));
    expect(minDistance(worldPoints(model.node('piriformis_right')), nerve)).toBeGreaterThan(1);
    expect(
      surfaceGap(nerve, worldTriangles(model.node('piriformis_right'), 'piriformis-syndrome')),
    ).toBeLessThan(0.5);
  });
});
