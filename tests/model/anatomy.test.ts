// @vitest-environment node
// Checks 1-11 of "Checks a generated model should pass" (anatomy reference), measured on spine.glb.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cross,
  DISCS,
  dist,
  extent,
  inFrame,
  LUMBAR,
  loadModel,
  localPoints,
  localTriangles,
  type Model,
  minDistance,
  normalize,
  PointGrid,
  surfaceDistance,
  type V3,
  worldMatrixMm,
  worldNormals,
  worldPoints,
  worldTriangles,
} from './helpers';
import {
  axis,
  discHeights,
  facetAngle,
  facetSurfaceAngle,
  foraminalHeight,
  lineIntervals,
  measureVertebra,
  piriformisThickness,
  sagittalTilt,
  type VertebraMeasures,
} from './measure';

const ROOTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'] as const;
const deg = (r: number) => (r * 180) / Math.PI;
const angleBetween = (a: V3, b: V3) =>
  deg(Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]))));

let model: Model;
const v: Record<string, VertebraMeasures> = {};

beforeAll(async () => {
  model = await loadModel('spine.glb');
  for (const n of LUMBAR) v[n] = measureVertebra(model.node(n));
  if (process.env.MODEL_DEBUG) console.table(v);
});

describe('1-4. lumbar vertebrae (measured in each local frame)', () => {
  it('body width 38-58, not decreasing L1 -> L5; depth 29-42; width/depth 1.2-1.6; height 23-33', () => {
    for (const n of LUMBAR) {
      const m = v[n];
      expect(m.width, `${n} width`).toBeGreaterThanOrEqual(38);
      expect(m.width, `${n} width`).toBeLessThanOrEqual(58);
      expect(m.depth, `${n} depth`).toBeGreaterThanOrEqual(29);
      expect(m.depth, `${n} depth`).toBeLessThanOrEqual(42);
      expect(m.width / m.depth, `${n} width/depth`).toBeGreaterThanOrEqual(1.2);
      expect(m.width / m.depth, `${n} width/depth`).toBeLessThanOrEqual(1.6);
      expect(m.height, `${n} height`).toBeGreaterThanOrEqual(23);
      expect(m.height, `${n} height`).toBeLessThanOrEqual(33);
    }
    for (let i = 1; i < LUMBAR.length; i++)
      expect(v[LUMBAR[i]].width).toBeGreaterThanOrEqual(v[LUMBAR[i - 1]].width - 0.5);
  });

  it('canal AP 12-21 and width 20-32, wider at L5 than at L1', () => {
    for (const n of LUMBAR) {
      expect(v[n].canalAP, `${n} canal AP`).toBeGreaterThanOrEqual(12);
      expect(v[n].canalAP, `${n} canal AP`).toBeLessThanOrEqual(21);
      expect(v[n].canalWidth, `${n} canal width`).toBeGreaterThanOrEqual(20);
      expect(v[n].canalWidth, `${n} canal width`).toBeLessThanOrEqual(32);
    }
    expect(v.L5.canalWidth).toBeGreaterThan(v.L1.canalWidth);
  });

  it('pedicle width 6-18 increasing toward L5; pedicle height 11-20', () => {
    for (const n of LUMBAR) {
      expect(v[n].pedicleWidth, `${n} pedicle width`).toBeGreaterThanOrEqual(6);
      expect(v[n].pedicleWidth, `${n} pedicle width`).toBeLessThanOrEqual(18);
      expect(v[n].pedicleHeight, `${n} pedicle height`).toBeGreaterThanOrEqual(11);
      expect(v[n].pedicleHeight, `${n} pedicle height`).toBeLessThanOrEqual(20);
    }
    expect(v.L5.pedicleWidth).toBeGreaterThan(v.L1.pedicleWidth);
  });

  it('transverse process span 70-100; body front to spinous tip 75-95', () => {
    for (const n of LUMBAR) {
      expect(v[n].tpSpan, `${n} TP span`).toBeGreaterThanOrEqual(70);
      expect(v[n].tpSpan, `${n} TP span`).toBeLessThanOrEqual(100);
      expect(v[n].frontToTip, `${n} front-to-tip`).toBeGreaterThanOrEqual(75);
      expect(v[n].frontToTip, `${n} front-to-tip`).toBeLessThanOrEqual(95);
    }
  });
});

describe('5. facet joints (from the facet child nodes)', () => {
  it('facet nodes and their cartilage sit on the bone surface and face each other across a 1.5-4 mm joint', () => {
    for (const n of LUMBAR) {
      const tri = localTriangles(model.node(n));
      for (const f of [
        'facet_superior_left',
        'facet_superior_right',
        'facet_inferior_left',
        'facet_inferior_right',
      ]) {
        const node = model.node(`${n}/${f}`);
        // the node holds the articular cartilage: a patch lying on the bone, a thin layer above it
        const patch = inFrame(worldPoints(node), model.node(n)).filter((_, i) => i % 5 === 0);
        for (const p of patch)
          expect(surfaceDistance(tri, p), `${n}/${f} cartilage on bone`).toBeLessThan(1.2);
        const o = inFrame([worldMatrixMm(node).slice(12, 15) as V3], model.node(n))[0];
        expect(surfaceDistance(tri, o), `${n}/${f} on surface`).toBeLessThan(0.6);
      }
    }
    for (let i = 0; i < LUMBAR.length - 1; i++) {
      for (const side of ['left', 'right']) {
        const a = model.node(`${LUMBAR[i]}/facet_inferior_${side}`);
        const b = model.node(`${LUMBAR[i + 1]}/facet_superior_${side}`);
        const gap = dist(worldMatrixMm(a).slice(12, 15) as V3, worldMatrixMm(b).slice(12, 15) as V3);
        expect(gap).toBeGreaterThan(1.5);
        expect(gap).toBeLessThan(4);
        expect(angleBetween(axis(a, 2), axis(b, 2))).toBeGreaterThan(170);
      }
    }
  });

  it('angle to the sagittal plane 20-40 at L1-2, 40-60 at L5-S1, increasing downward', () => {
    const angles = LUMBAR.map((n) => facetAngle(model.node(n), model.node(`${n}/facet_inferior_left`)));
    console.info(
      `model: facet angle to the sagittal plane ${LUMBAR.map((n, i) => `${n} ${angles[i].toFixed(1)}`).join(', ')} deg`,
    );
    expect(angles[0]).toBeGreaterThanOrEqual(20);
    expect(angles[0]).toBeLessThanOrEqual(40);
    expect(angles[4]).toBeGreaterThanOrEqual(40);
    expect(angles[4]).toBeLessThanOrEqual(60);
    for (let i = 1; i < angles.length; i++) expect(angles[i]).toBeGreaterThan(angles[i - 1]);
    for (const n of LUMBAR) {
      const l = facetAngle(model.node(n), model.node(`${n}/facet_inferior_left`));
      const r = facetAngle(model.node(n), model.node(`${n}/facet_inferior_right`));
      expect(Math.abs(l - r)).toBeLessThan(0.5);
    }
  });
});

describe('5. facet angle measured on the joint surfaces', () => {
  it('the cartilage of both sides of each joint: 20-40 at L1-2, 40-60 at L5-S1, increasing downward', () => {
    const levels = [...LUMBAR, 'sacrum'];
    const joints = LUMBAR.map((upper, i) => {
      const lower = levels[i + 1];
      const surfaces = ['left', 'right'].flatMap((side) => [
        facetSurfaceAngle(model.node(upper), model.node(`${upper}/facet_inferior_${side}`)),
        facetSurfaceAngle(model.node(lower), model.node(`${lower}/facet_superior_${side}`)),
      ]);
      const mean = surfaces.reduce((a, b) => a + b, 0) / surfaces.length;
      return {
        name: `${upper}-${lower === 'sacrum' ? 'S1' : lower}`,
        mean,
        spread: Math.max(...surfaces) - Math.min(...surfaces),
      };
    });
    console.info(
      `model: facet angle on the joint surfaces ${joints.map((j) => `${j.name} ${j.mean.toFixed(1)} (spread ${j.spread.toFixed(1)})`).join(', ')} deg`,
    );
    expect(joints[0].mean).toBeGreaterThanOrEqual(20);
    expect(joints[0].mean).toBeLessThanOrEqual(40);
    expect(joints[4].mean).toBeGreaterThanOrEqual(40);
    expect(joints[4].mean).toBeLessThanOrEqual(60);
    for (let i = 1; i < joints.length; i++) expect(joints[i].mean).toBeGreaterThan(joints[i - 1].mean);
    // the two faces of a joint and the two sides agree: the surfaces are congruent, not loose patches
    for (const j of joints) expect(j.spread).toBeLessThan(6);
  });
});

describe('6-7. discs and sagittal alignment', () => {
  it('disc anterior height 8-20, posterior 5-11, anterior > posterior; wedge 3-10 at L1-2, 12-25 at L5-S1', () => {
    for (const d of DISCS) {
      const h = discHeights(model.node(d));
      console.info(`model: ${d} anterior ${h.anterior.toFixed(1)} / posterior ${h.posterior.toFixed(1)} mm`);
      expect(h.anterior, `${d} anterior`).toBeGreaterThanOrEqual(8);
      expect(h.anterior, `${d} anterior`).toBeLessThanOrEqual(20);
      expect(h.posterior, `${d} posterior`).toBeGreaterThanOrEqual(5);
      expect(h.posterior, `${d} posterior`).toBeLessThanOrEqual(11);
      expect(h.anterior).toBeGreaterThan(h.posterior);
    }
    const wedge = (a: string, b: string) => sagittalTilt(model.node(b)) - sagittalTilt(model.node(a));
    expect(wedge('L1', 'L2')).toBeGreaterThanOrEqual(3);
    expect(wedge('L1', 'L2')).toBeLessThanOrEqual(10);
    expect(wedge('L5', 'sacrum')).toBeGreaterThanOrEqual(12);
    expect(wedge('L5', 'sacrum')).toBeLessThanOrEqual(25);
  });

  it('lordosis L1-S1 40-60 with >= 55% from L4-S1; sacral slope 24-55', () => {
    const s = sagittalTilt(model.node('sacrum'));
    const lordosis = s - sagittalTilt(model.node('L1'));
    const lower = s - sagittalTilt(model.node('L4'));
    expect(lordosis).toBeGreaterThanOrEqual(40);
    expect(lordosis).toBeLessThanOrEqual(60);
    expect(lower / lordosis).toBeGreaterThanOrEqual(0.55);
    // The S1 endplate is the flat top of the sacrum mesh at local y = 0.
    const top = localPoints(model.node('sacrum')).filter((p) => Math.abs(p[0]) < 10 && Math.abs(p[2]) < 10);
    expect(Math.abs(Math.max(...top.map((p) => p[1])))).toBeLessThan(1);
    const z = axis(model.node('sacrum'), 2);
    const slope = deg(Math.atan2(-z[1], z[2]));
    expect(slope).toBeGreaterThanOrEqual(24);
    expect(slope).toBeLessThanOrEqual(55);
  });

  it('pelvic tilt 0-27 and incidence 32-74 from the femoral head centres and the S1 endplate', () => {
    const heads = ['femur_left/head', 'femur_right/head'].map(
      (n) => worldMatrixMm(model.node(n)).slice(12, 15) as V3,
    );
    // the head node really is the centre of the femoral head
    for (const [i, f] of ['femur_left', 'femur_right'].entries()) {
      const d = worldPoints(model.node(f))
        .map((p) => dist(p, heads[i]))
        .filter((r) => r < 30);
      const near = d.filter((r) => r < Math.min(...d) + 3);
      expect(extent(near)).toBeLessThan(3);
    }
    const M: V3 = [
      (heads[0][0] + heads[1][0]) / 2,
      (heads[0][1] + heads[1][1]) / 2,
      (heads[0][2] + heads[1][2]) / 2,
    ];
    const E = worldMatrixMm(model.node('sacrum')).slice(12, 15) as V3;
    const pt = deg(Math.atan2(M[2] - E[2], E[1] - M[1]));
    const n = axis(model.node('sacrum'), 1);
    const toHip: V3 = [M[0] - E[0], M[1] - E[1], M[2] - E[2]];
    const l = Math.hypot(...toHip);
    const pi = angleBetween([-n[0], -n[1], -n[2]], [toHip[0] / l, toHip[1] / l, toHip[2] / l]);
    const ss = sagittalTilt(model.node('sacrum'));
    expect(pt).toBeGreaterThanOrEqual(0);
    expect(pt).toBeLessThanOrEqual(27);
    expect(pi).toBeGreaterThanOrEqual(32);
    expect(pi).toBeLessThanOrEqual(74);
    expect(Math.abs(pi - (pt + ss))).toBeLessThan(1);
  });
});

describe('8. pelvis and hip', () => {
  it('bicristal breadth 240-330 and bitrochanteric 280-380', () => {
    const hips = [...worldPoints(model.node('hip_left')), ...worldPoints(model.node('hip_right'))];
    expect(extent(hips.map((p) => p[0]))).toBeGreaterThanOrEqual(240);
    expect(extent(hips.map((p) => p[0]))).toBeLessThanOrEqual(330);
    const headY = worldMatrixMm(model.node('femur_left/head'))[13];
    const fem = [...worldPoints(model.node('femur_left')), ...worldPoints(model.node('femur_right'))].filter(
      (p) => Math.abs(p[1] - headY) < 45,
    );
    const bt = extent(fem.map((p) => p[0]));
    expect(bt).toBeGreaterThanOrEqual(280);
    expect(bt).toBeLessThanOrEqual(380);
  });

  it('acetabulum 50-66 wide; femoral head 40-52, smaller than the acetabulum and seated in it', () => {
    for (const side of ['left', 'right']) {
      const H = worldMatrixMm(model.node(`femur_${side}/head`)).slice(12, 15) as V3;
      const head = worldPoints(model.node(`femur_${side}`)).map((p) => dist(p, H));
      // the head's sphere: vertices near the closest one (a wider window, so the fovea pit is a minority)
      const cap = head.filter((r) => r < Math.min(...head) + 5).sort((a, b) => a - b);
      const rHead = cap[Math.floor(cap.length / 2)];
      const hip = worldPoints(model.node(`hip_${side}`));
      const rSock = Math.min(...hip.map((p) => dist(p, H)));
      expect(2 * rHead).toBeGreaterThanOrEqual(40);
      expect(2 * rHead).toBeLessThanOrEqual(52);
      expect(rSock).toBeGreaterThan(rHead);
      expect(rSock - rHead).toBeLessThan(3);
      // Opening axis: away from the socket wall; rim = bone within 10 mm of the socket near its edge plane.
      const wall = hip.filter((p) => dist(p, H) < rSock + 1);
      const c = wall.reduce(
        (a, p) => [a[0] + p[0] - H[0], a[1] + p[1] - H[1], a[2] + p[2] - H[2]],
        [0, 0, 0],
      );
      const cl = Math.hypot(...c);
      const open: V3 = [-c[0] / cl, -c[1] / cl, -c[2] / cl];
      const rim = hip.filter((p) => {
        const d = dist(p, H);
        const a = ((p[0] - H[0]) * open[0] + (p[1] - H[1]) * open[1] + (p[2] - H[2]) * open[2]) / d;
        return d < rSock + 6 && Math.abs(a) < 0.25;
      });
      let width = 0;
      for (let i = 0; i < rim.length; i += 3)
        for (let j = i + 1; j < rim.length; j += 3) width = Math.max(width, dist(rim[i], rim[j]));
      expect(width, `${side} acetabulum`).toBeGreaterThanOrEqual(50);
      expect(width, `${side} acetabulum`).toBeLessThanOrEqual(66);
      expect(width).toBeGreaterThan(2 * rHead);
    }
  });
});

describe('9. healthy foramina and roots', () => {
  it('foraminal height >= 15 mm at every lumbar level, both sides', () => {
    const levels: [string, string][] = [
      ['L1', 'L2'],
      ['L2', 'L3'],
      ['L3', 'L4'],
      ['L4', 'L5'],
      ['L5', 'sacrum'],
    ];
    for (const [a, b] of levels)
      for (const side of [1, -1] as const)
        expect(foraminalHeight(model, a, b, side), `${a}-${b} ${side}`).toBeGreaterThanOrEqual(15);
  });

  it('every root is clear of bone and disc', () => {
    const solids = [
      ...LUMBAR,
      ...DISCS,
      'sacrum',
      'coccyx',
      'hip_left',
      'hip_right',
      'femur_left',
      'femur_right',
    ];
    const pts: V3[] = [];
    const nrm: V3[] = [];
    for (const s of solids) {
      pts.push(...worldPoints(model.node(s)));
      nrm.push(...worldNormals(model.node(s)));
    }
    const grid = new PointGrid(pts, 3, nrm);
    for (const r of ROOTS)
      for (const side of ['left', 'right']) {
        const name = `root_${r}_${side}`;
        let min = Number.POSITIVE_INFINITY;
        for (const p of worldPoints(model.node(name))) min = Math.min(min, grid.clearance(p, 2));
        expect(min, `${name} clearance (mm)`).toBeGreaterThan(0.2);
      }
  });
});

describe('10-11. sciatic nerve and piriformis', () => {
  it('piriformis 9-25 thick, from the anterior sacrum to the top of the greater trochanter', () => {
    for (const side of ['left', 'right']) {
      const t = piriformisThickness(model, side);
      if (process.env.MODEL_DEBUG) console.log(side, 'piriformis thickness', t);
      expect(t, `${side} piriformis thickness`).toBeGreaterThanOrEqual(9);
      expect(t, `${side} piriformis thickness`).toBeLessThanOrEqual(25);
      const pir = worldPoints(model.node(`piriformis_${side}`));
      const sacrum = inFrame(worldPoints(model.node('sacrum')), model.node('sacrum'));
      const pirS = inFrame(pir, model.node('sacrum'));
      // attached to the sacrum on its anterior (pelvic) surface, between S2 and S4 levels
      const near = pirS.filter((p) => minDistance([p], sacrum, 1, 3) < 2.5);
      expect(near.length).toBeGreaterThan(10);
      expect(near.every((p) => p[1] < -20 && p[1] > -85)).toBe(true);
      const femur = worldPoints(model.node(`femur_${side}`));
      const headY = worldMatrixMm(model.node(`femur_${side}/head`))[13];
      const troch = femur.filter((p) => Math.abs(p[0]) > 120 && p[1] > headY - 40);
      const top = Math.max(...troch.map((p) => p[1]));
      expect(minDistance(pir, troch)).toBeLessThan(2.5);
      const ins = pir.filter((p) => Math.abs(p[0]) > 125);
      expect(Math.max(...ins.map((p) => p[1]))).toBeGreaterThan(top - 15);
    }
  });

  it('sciatic nerve 12-20 wide, 4-8 thick below piriformis (type A), >= 20 mm from the trochanter, dividing above the knee', () => {
    for (const side of ['left', 'right']) {
      const sci = worldPoints(model.node(`sciatic_nerve_${side}`));
      // the greater sciatic foramen: medial to the acetabulum
      const pir = worldPoints(model.node(`piriformis_${side}`)).filter((p) => Math.abs(p[0]) < 80);
      const pirBottom = Math.min(...pir.map((p) => p[1]));
      const pelvicPart = sci.filter((p) => Math.abs(p[0]) < 80 && p[1] > pirBottom - 60);
      expect(Math.max(...pelvicPart.map((p) => p[1])), 'nerve exits below piriformis').toBeLessThan(
        pirBottom + 1,
      );
      // cross-section perpendicular to the nerve, 14 mm below the muscle
      const y0 = pirBottom - 14;
      const cen = (y: number) => {
        const s = sci.filter((p) => Math.abs(p[1] - y) < 1 && Math.abs(p[0]) < 110);
        return [0, 1, 2].map((k) => s.reduce((a, p) => a + p[k], 0) / s.length) as V3;
      };
      const c1 = cen(y0 + 5);
      const c2 = cen(y0 - 5);
      const c: V3 = [(c1[0] + c2[0]) / 2, (c1[1] + c2[1]) / 2, (c1[2] + c2[2]) / 2];
      const ul = dist(c1, c2);
      const u: V3 = [(c1[0] - c2[0]) / ul, (c1[1] - c2[1]) / ul, (c1[2] - c2[2]) / ul];
      const sec = sci.filter(
        (p) =>
          Math.abs((p[0] - c[0]) * u[0] + (p[1] - c[1]) * u[1] + (p[2] - c[2]) * u[2]) < 1.2 &&
          dist(p, c) < 20,
      );
      const e1 = normalize(cross(u, [0, 0, 1]));
      const e2 = cross(u, e1);
      const exts = Array.from({ length: 36 }, (_, k) => {
        const t = (k * Math.PI) / 36;
        const d: V3 = [
          e1[0] * Math.cos(t) + e2[0] * Math.sin(t),
          e1[1] * Math.cos(t) + e2[1] * Math.sin(t),
          e1[2] * Math.cos(t) + e2[2] * Math.sin(t),
        ];
        return extent(sec.map((p) => p[0] * d[0] + p[1] * d[1] + p[2] * d[2]));
      });
      const width = Math.max(...exts);
      const thick = Math.min(...exts);
      if (process.env.MODEL_DEBUG) console.log(side, 'sciatic', width, thick);
      expect(width, `${side} width`).toBeGreaterThanOrEqual(12);
      expect(width, `${side} width`).toBeLessThanOrEqual(20);
      expect(thick, `${side} thickness`).toBeGreaterThanOrEqual(4);
      expect(thick, `${side} thickness`).toBeLessThanOrEqual(8);
      const femur = worldPoints(model.node(`femur_${side}`));
      const headY = worldMatrixMm(model.node(`femur_${side}/head`))[13];
      const gt = femur.filter((p) => Math.abs(p[0]) > 120 && p[1] > headY - 70);
      expect(minDistance(sci, gt, 6, 4)).toBeGreaterThanOrEqual(20);
      // one trunk at mid-thigh, two branches just above the knee joint line
      const kneeY = Math.min(...femur.map((p) => p[1]));
      // number of separate nerve cross-sections in a horizontal plane (lines along x through the mesh)
      const tri = worldTriangles(model.node(`sciatic_nerve_${side}`));
      const clusters = (y: number) => {
        const cover = new Uint8Array(800);
        for (let z = -80; z <= 40; z += 0.5)
          for (const [a, b] of lineIntervals(tri, 0, [0, y, z]))
            for (let x = Math.floor(a * 2) + 400; x <= Math.ceil(b * 2) + 400; x++)
              cover[Math.max(0, Math.min(799, x))] = 1;
        let n = 0;
        for (let i = 1; i < 800; i++) if (cover[i] && !cover[i - 1]) n++;
        return n;
      };
      expect(clusters(headY - 250)).toBe(1);
      expect(clusters(kneeY + 25)).toBe(2);
      expect(clusters(kneeY + 140)).toBe(1);
    }
  });
});
