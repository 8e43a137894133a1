// @vitest-environment node
// Checks 13-16 of "Checks a generated model should pass" (anatomy reference), measured on spine.glb:
// femur, pelvis, sacrum and coccyx, ligaments. Each test prints the figure it measured.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cross,
  deg,
  dist,
  inFrame,
  LUMBAR,
  loadModel,
  localTriangles,
  type Model,
  minDistance,
  normalize,
  PointGrid,
  rayHits,
  type V3,
  worldMatrixMm,
  worldNormals,
  worldPoints,
  worldTriangles,
} from './helpers';
import { lineIntervals } from './measure';
import { cellCentre, components, enclosedHoles, rasterize, spans } from './raster';

const SIDES = ['left', 'right'] as const;
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = normalize;
const mean = (ps: V3[]): V3 => [0, 1, 2].map((k) => ps.reduce((s, p) => s + p[k], 0) / ps.length) as V3;
const angle = (a: V3, b: V3) => deg(Math.acos(Math.max(-1, Math.min(1, dot(unit(a), unit(b))))));
const report = (figure: string) => console.info(`model: ${figure}`);

let model: Model;
beforeAll(async () => {
  model = await loadModel('spine.glb');
});

/** Head centre of a femur (its `head` child node), world mm. */
const headOf = (side: string) => worldMatrixMm(model.node(`femur_${side}/head`)).slice(12, 15) as V3;

describe('13. femur', () => {
  it('neck-shaft angle 120-140, anteversion 5-25, maximum length 400-500', () => {
    for (const side of SIDES) {
      const pts = worldPoints(model.node(`femur_${side}`));
      const H = headOf(side);
      const top = Math.max(...pts.map((p) => p[1]));
      const bottom = Math.min(...pts.map((p) => p[1]));
      // Shaft axis: the line fitted through the centres of ten cross-sections of the shaft, from 30% to 75%
      // of the bone's height, clear of the trochanters and the condyles. A section's centre is the middle
      // of its extent, not the mean of its vertices: the mesh is simplified, so vertices crowd along a
      // ridge such as the linea aspera and would pull a mean toward it.
      const centreAt = (y: number): V3 => {
        const sec = pts.filter((p) => Math.abs(p[1] - y) < 1.5);
        const mid = (k: number) =>
          (Math.min(...sec.map((p) => p[k])) + Math.max(...sec.map((p) => p[k]))) / 2;
        return [mid(0), y, mid(2)];
      };
      const centres = Array.from({ length: 10 }, (_, i) => centreAt(top - (0.3 + 0.05 * i) * (top - bottom)));
      const c0 = mean(centres);
      const slope = (k: number) =>
        centres.reduce((s, c) => s + (c[1] - c0[1]) * (c[k] - c0[k]), 0) /
        centres.reduce((s, c) => s + (c[1] - c0[1]) ** 2, 0);
      const shaftDown = unit([-slope(0), -1, -slope(2)]);
      const length =
        Math.max(...pts.map((p) => dot(p, shaftDown))) - Math.min(...pts.map((p) => dot(p, shaftDown)));
      // Neck axis: head centre to the centre of the narrowest part of the neck. A section is the bone
      // within 25 mm of the axis (not the trochanter the plane also cuts); its centre is the middle of its
      // extent across the axis, which a ridge's crowded vertices cannot pull. The simplified mesh makes
      // single sections ragged, so the narrowest part is every section within 1 mm of the narrowest.
      const shell = pts.filter((p) => {
        const d = dist(p, H);
        return d > 26 && d < 31 && p[1] < H[1] + 12;
      });
      let axis = unit(sub(mean(shell), H));
      let neckCentre = H;
      for (let pass = 0; pass < 2; pass++) {
        const across = [unit(cross(axis, [0, 0, 1])), unit(cross(axis, cross(axis, [0, 0, 1])))];
        const sections: { width: number; centre: V3 }[] = [];
        for (let t = 22; t <= 44; t += 2) {
          const sec = pts.filter((p) => {
            const q = sub(p, H);
            return Math.abs(dot(q, axis) - t) < 1.5 && across.every((e) => Math.abs(dot(q, e)) < 25);
          });
          if (sec.length <= 6) continue;
          const middle = (e: V3) => {
            const along = sec.map((p) => dot(sub(p, H), e));
            return (Math.min(...along) + Math.max(...along)) / 2;
          };
          const [m0, m1] = across.map(middle);
          const centre = [0, 1, 2].map(
            (k) => H[k] + axis[k] * t + across[0][k] * m0 + across[1][k] * m1,
          ) as V3;
          sections.push({ width: Math.max(...sec.map((p) => dist(p, centre))), centre });
        }
        const narrowest = Math.min(...sections.map((s) => s.width));
        neckCentre = mean(sections.filter((s) => s.width <= narrowest + 1).map((s) => s.centre));
        axis = unit(sub(neckCentre, H));
      }
      const headward = unit(sub(H, neckCentre));
      const neckShaft = angle(headward, shaftDown);
      // Anteversion: the neck against the line across the back of the condyles, seen along the shaft.
      const distal = pts.filter((p) => p[1] < bottom + 30);
      const midX = mean(distal)[0];
      const backOf = (ps: V3[]) => ps.reduce((m, p) => (p[2] < m[2] ? p : m));
      const medial = backOf(distal.filter((p) => Math.abs(p[0]) < Math.abs(midX)));
      const lateral = backOf(distal.filter((p) => Math.abs(p[0]) > Math.abs(midX)));
      const flat = (v: V3) =>
        unit(
          sub(v, [
            shaftDown[0] * dot(v, shaftDown),
            shaftDown[1] * dot(v, shaftDown),
            shaftDown[2] * dot(v, shaftDown),
          ]),
        );
      const condylar = flat(sub(medial, lateral));
      const neck = flat(headward);
      const anteversion = angle(neck, condylar);
      report(
        `${side} femur: neck-shaft ${neckShaft.toFixed(1)} deg, anteversion ${anteversion.toFixed(1)} deg (head ${neck[2] > condylar[2] ? 'forward' : 'back'}), length ${length.toFixed(0)} mm`,
      );
      expect(neckShaft).toBeGreaterThanOrEqual(120);
      expect(neckShaft).toBeLessThanOrEqual(140);
      expect(anteversion).toBeGreaterThanOrEqual(5);
      expect(anteversion).toBeLessThanOrEqual(25);
      expect(neck[2], 'the head turns forward').toBeGreaterThan(condylar[2]);
      expect(length).toBeGreaterThanOrEqual(400);
      expect(length).toBeLessThanOrEqual(500);
    }
  });
});

/** Landmarks found on the hip bones and sacrum (world mm). */
function pelvisLandmarks() {
  const sacrumNode = model.node('sacrum');
  const sacLocal = inFrame(worldPoints(sacrumNode), sacrumNode);
  const sacWorld = worldPoints(sacrumNode);
  let promontory = sacWorld[0];
  let best = Number.NEGATIVE_INFINITY;
  sacLocal.forEach((p, i) => {
    if (Math.abs(p[0]) < 4 && p[1] > -4 && p[2] > best) {
      best = p[2];
      promontory = sacWorld[i];
    }
  });
  const hips = Object.fromEntries(SIDES.map((s) => [s, worldPoints(model.node(`hip_${s}`))])) as Record<
    string,
    V3[]
  >;
  const H = headOf('left');
  const pick = (ps: V3[], keep: (p: V3) => boolean, score: (p: V3) => number) =>
    ps.filter(keep).reduce((m, p) => (score(p) > score(m) ? p : m));
  const asis = (s: string) =>
    pick(
      hips[s],
      (p) => p[1] > H[1] + 30,
      (p) => p[2],
    );
  const ischialSpine = (s: string) =>
    pick(
      hips[s],
      (p) => p[2] < H[2] - 30 && p[1] < H[1] - 5 && p[1] > H[1] - 45,
      (p) => -Math.abs(p[0]),
    );
  const symphysisTop = pick(
    hips.left,
    (p) => p[0] < 10,
    (p) => p[1],
  );
  return { promontory: [0, promontory[1], promontory[2]] as V3, symphysisTop, asis, ischialSpine, H };
}

describe('14. pelvis', () => {
  let inletRing = { open: 0, transverse: 0 };
  it('inlet anteroposterior 100-130; ischial spines 85-120 apart; ASIS 200-280 apart', () => {
    const L = pelvisLandmarks();
    const ap = unit(sub([0, L.symphysisTop[1] - 10, L.symphysisTop[2]], L.promontory));
    // true conjugate: promontory to the first bone of the symphysis along the inlet plane's midline
    const hipL = worldTriangles(model.node('hip_left'));
    const hipR = worldTriangles(model.node('hip_right'));
    const sac = worldTriangles(model.node('sacrum'));
    const conjugate = Math.min(
      ...[hipL, hipR].map(
        (t, s) => rayHits(t, [s ? -3 : 3, L.promontory[1], L.promontory[2]], ap).find((h) => h > 20) ?? 1e9,
      ),
    );
    expect(conjugate, `the inlet reaches the symphysis ${L.promontory} -> ${L.symphysisTop}`).toBeLessThan(
      400,
    );
    // transverse: the widest inner width of the closed ring in the inlet plane
    let transverse = 0;
    let open = 0;
    for (let v = 10; v < conjugate - 10; v += 2) {
      const at: V3 = [0, L.promontory[1] + ap[1] * v, L.promontory[2] + ap[2] * v];
      const iv = [hipL, hipR, sac].flatMap((t) => lineIntervals(t, 0, at));
      if (iv.some(([a, b]) => a <= 0 && b >= 0)) continue;
      const left = Math.min(...iv.filter(([a]) => a > 0).map(([a]) => a));
      const right = Math.max(...iv.filter(([, b]) => b < 0).map(([, b]) => b));
      if (!Number.isFinite(left) || !Number.isFinite(right)) open++;
      else transverse = Math.max(transverse, left - right);
    }
    const spines = dist(L.ischialSpine('left'), L.ischialSpine('right'));
    const asis = dist(L.asis('left'), L.asis('right'));
    report(
      `pelvic inlet ${transverse.toFixed(0)} x ${conjugate.toFixed(0)} mm (transverse x AP), ischial spines ${spines.toFixed(0)} mm apart, ASIS ${asis.toFixed(0)} mm apart`,
    );
    inletRing = { open, transverse };
    expect(conjugate).toBeGreaterThanOrEqual(100);
    expect(conjugate).toBeLessThanOrEqual(130);
    expect(spines).toBeGreaterThanOrEqual(85);
    expect(spines).toBeLessThanOrEqual(120);
    expect(asis).toBeGreaterThanOrEqual(200);
    expect(asis).toBeLessThanOrEqual(280);
  });

  // measured in the inlet test above: every line across the inlet plane meets bone on both sides
  it('the pelvic brim closes the inlet ring, transverse 115-145', () => {
    expect(inletRing.open, 'the brim ring is closed').toBe(0);
    expect(inletRing.transverse).toBeGreaterThanOrEqual(115);
    expect(inletRing.transverse).toBeLessThanOrEqual(145);
  });

  it('the obturator foramen is an opening framed by bone, at least 35 mm across', () => {
    for (const side of SIDES) {
      const H = headOf(side);
      const tri = worldTriangles(model.node(`hip_${side}`));
      const sx = side === 'left' ? 1 : -1;
      let best = { length: 0, width: 0, view: 0 };
      // look from the front, turning toward the side in steps: the opening faces forward, down and out
      for (const a of [0, 20, 40, 60]) {
        const t = (a * Math.PI) / 180;
        const e3 = unit([sx * Math.sin(t), -0.3, Math.cos(t)]);
        const e1 = unit(cross([0, 1, 0], e3));
        const e2 = cross(e3, e1);
        const r = rasterize(tri, e1, e2, e3, 1);
        for (const hole of enclosedHoles(r)) {
          const [u, v] = mean(hole.map((k) => [...cellCentre(r, k), 0] as V3));
          // below the socket: the centre of the opening lies lower than the femoral head's centre
          if (v >= dot(H, e2) || Math.abs(u - dot(H, e1)) > 80) continue;
          const s = spans(r, hole);
          if (s.length > best.length) best = { ...s, view: a };
        }
      }
      report(
        `${side} obturator foramen ${best.length.toFixed(0)} x ${best.width.toFixed(0)} mm (seen ${best.view} deg from the front)`,
      );
      expect(best.length).toBeGreaterThanOrEqual(35);
      expect(best.width).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('15. sacrum and coccyx', () => {
  it('4 pairs of anterior foramina with the S1-S3 roots passing through them; concave in front', () => {
    const node = model.node('sacrum');
    const r = rasterize(localTriangles(node), [1, 0, 0], [0, 1, 0], [0, 0, 1], 1);
    const at = (i: number, j: number) =>
      i < 0 || j < 0 || i >= r.w || j >= r.h ? Number.NEGATIVE_INFINITY : r.depth[j * r.w + i];
    // a foramen: the front surface drops away (or opens) with bone all round it 7 mm away
    const deep = new Uint8Array(r.depth.length);
    const surface = new Float32Array(r.depth.length);
    for (let j = 0; j < r.h; j++)
      for (let i = 0; i < r.w; i++) {
        const ring = [at(i - 7, j), at(i + 7, j), at(i, j - 7), at(i, j + 7)];
        if (ring.some((d) => d === Number.NEGATIVE_INFINITY)) continue;
        const ref = Math.min(...ring);
        surface[j * r.w + i] = Math.max(...ring);
        const v = r.v0 + (j + 0.5) * r.cell;
        if (v < -8 && at(i, j) < ref - 4) deep[j * r.w + i] = 1;
      }
    const foramina = components(deep, r.w, r.h).filter((c) => c.length >= 10);
    const centre = (c: number[]) => mean(c.map((k) => [...cellCentre(r, k), 0] as V3));
    const perSide = SIDES.map((_, s) => foramina.filter((c) => (s === 0 ? 1 : -1) * centre(c)[0] > 5));
    // roots: a root passes through a foramen when some of it lies inside the opening, behind the surface
    const through: Record<string, number> = {};
    for (const side of SIDES)
      for (const root of ['S1', 'S2', 'S3']) {
        const pts = inFrame(worldPoints(model.node(`root_${root}_${side}`)), node);
        const list = perSide[side === 'left' ? 0 : 1];
        through[`${root}_${side}`] = list.findIndex((c) => {
          const cells = new Set(c);
          return pts.some((p) => {
            const i = Math.floor((p[0] - r.u0) / r.cell);
            const j = Math.floor((p[1] - r.v0) / r.cell);
            const k = j * r.w + i;
            return cells.has(k) && p[2] < surface[k] - 1;
          });
        });
      }
    // concave in front: in the midline the middle of the front surface lies behind the chord
    const mid: [number, number][] = [];
    const i0 = Math.floor(-r.u0 / r.cell);
    for (let j = 0; j < r.h; j++) {
      const d = at(i0, j);
      if (d > Number.NEGATIVE_INFINITY) mid.push([r.v0 + (j + 0.5) * r.cell, d]);
    }
    const [yTop, zTop] = mid[mid.length - 1];
    const [yBot, zBot] = mid[0];
    const yMid = (yTop + yBot) / 2;
    const zMid = mid.reduce((m, [y, z]) => (Math.abs(y - yMid) < Math.abs(m[0] - yMid) ? [y, z] : m))[1];
    const concavity = zTop + ((zBot - zTop) * (yMid - yTop)) / (yBot - yTop) - zMid;
    report(
      `sacrum: ${perSide[0].length} + ${perSide[1].length} anterior foramina; S1-S3 roots through foramina ${JSON.stringify(through)}; front ${concavity.toFixed(1)} mm concave`,
    );
    for (const list of perSide) expect(list.length).toBe(4);
    for (const side of SIDES) {
      const ks = ['S1', 'S2', 'S3'].map((n) => through[`${n}_${side}`]);
      expect(
        ks.every((k) => k >= 0),
        `${side} roots pass through foramina`,
      ).toBe(true);
      expect(new Set(ks).size, `${side} roots through separate foramina`).toBe(3);
    }
    expect(concavity).toBeGreaterThan(4);
  });

  it('a coccyx of 3-5 fused segments joined to the sacral apex', () => {
    const sacrum = model.node('sacrum');
    const cocc = inFrame(worldPoints(model.node('coccyx')), sacrum);
    const sac = inFrame(worldPoints(sacrum), sacrum);
    const gap = minDistance(cocc, sac, 2, 3);
    // segments: bulges of the width along the coccyx's long axis (its top-to-tip line)
    const top = cocc.reduce((m, p) => (p[1] > m[1] ? p : m));
    const tip = cocc.reduce((m, p) => (p[1] < m[1] ? p : m));
    const ax = unit(sub(tip, top));
    const len = dot(sub(tip, top), ax);
    const widths: number[] = [];
    for (let s = 1; s < len - 1; s += 1) {
      const band = cocc.filter((p) => Math.abs(dot(sub(p, top), ax) - s) < 1.2);
      widths.push(band.length ? Math.max(...band.map((p) => Math.abs(p[0]))) * 2 : 0);
    }
    let waists = 0;
    for (let i = 2; i < widths.length - 2; i++) {
      const w = widths[i];
      const before = Math.max(...widths.slice(Math.max(0, i - 7), i));
      const after = Math.max(...widths.slice(i + 1, i + 8));
      if (w < widths[i - 1] && w <= widths[i + 1] && before - w > 0.4 && after - w > 0.4) waists++;
    }
    const segments = waists + 1;
    report(
      `coccyx: ${segments} segments over ${len.toFixed(0)} mm, ${gap.toFixed(1)} mm from the sacral apex`,
    );
    expect(segments).toBeGreaterThanOrEqual(3);
    expect(segments).toBeLessThanOrEqual(5);
    expect(gap, 'joined to the sacrum').toBeLessThan(1.5);
  });
});

describe('16. ligaments', () => {
  it('sacrospinous and sacrotuberous close the greater sciatic notch into a foramen for piriformis and the nerve', () => {
    const L = pelvisLandmarks();
    for (const side of SIDES) {
      const hip = worldPoints(model.node(`hip_${side}`));
      const sacral = [...worldPoints(model.node('sacrum')), ...worldPoints(model.node('coccyx'))];
      const spine = L.ischialSpine(side);
      const lowest = hip.reduce((m, p) => (p[1] < m[1] ? p : m));
      const tuberosity = hip.filter((p) => dist(p, lowest) < 30);
      const spinous = worldPoints(model.node(`ligament_sacrospinous_${side}`));
      const tuberous = worldPoints(model.node(`ligament_sacrotuberous_${side}`));
      const touch = {
        spinousSacrum: minDistance(spinous, sacral, 2, 3),
        spinousSpine: minDistance(
          spinous,
          hip.filter((p) => dist(p, spine) < 15),
          2,
          3,
        ),
        tuberousSacrum: minDistance(tuberous, sacral, 2, 3),
        tuberousTuberosity: minDistance(tuberous, tuberosity, 2, 3),
      };
      // the greater sciatic foramen: looking along the nerve (and along piriformis) through a 50 mm slab,
      // its centre lies in an opening closed all round by bone and ligament, open without the ligaments
      const bones = [`hip_${side}`, 'sacrum', 'coccyx'].map((n) => worldTriangles(model.node(n)));
      const ligaments = [`ligament_sacrospinous_${side}`, `ligament_sacrotuberous_${side}`].map((n) =>
        worldTriangles(model.node(n)),
      );
      // the foramen lies above the ischial spine: take the nerve 15 mm above the spine's tip
      const sci = worldPoints(model.node(`sciatic_nerve_${side}`)).filter((p) => Math.abs(p[0]) < 100);
      const at = (ps: V3[], y: number) => mean(ps.filter((p) => Math.abs(p[1] - y) < 1.5));
      const yF = spine[1] + 15;
      const nerveC = at(sci, yF);
      const nerveU = unit(sub(at(sci, yF - 5), at(sci, yF + 5)));
      const enclosed = (c: V3, u: V3, meshes: typeof bones) => {
        const pos: V3[] = [];
        const idx: number[] = [];
        for (const t of meshes)
          for (let i = 0; i < t.idx.length; i += 3) {
            const tri = [t.pos[t.idx[i]], t.pos[t.idx[i + 1]], t.pos[t.idx[i + 2]]];
            if (tri.some((p) => Math.abs(dot(sub(p, c), u)) > 25)) continue;
            for (const p of tri) idx.push(pos.push(p) - 1);
          }
        const e1 = unit(cross(u, [1, 0, 0]));
        const e2 = cross(u, e1);
        const r = rasterize({ pos, idx: Uint32Array.from(idx) }, e1, e2, u, 1);
        const k = Math.floor((dot(c, e2) - r.v0) / r.cell) * r.w + Math.floor((dot(c, e1) - r.u0) / r.cell);
        const hole = enclosedHoles(r).find((h) => h.includes(k));
        return hole ? spans(r, hole) : null;
      };
      const pir = worldPoints(model.node(`piriformis_${side}`));
      const across = (x: number) => mean(pir.filter((p) => Math.abs(Math.abs(p[0]) - x) < 2));
      const xF = Math.abs(nerveC[0]);
      const pirC = across(xF);
      const pirU = unit(sub(across(xF + 5), across(xF - 5)));
      const size = (h: ReturnType<typeof enclosed>) =>
        h ? `${h.length.toFixed(0)} x ${h.width.toFixed(0)} mm` : 'open';
      const nerve = enclosed(nerveC, nerveU, [...bones, ...ligaments]);
      const piriformis = enclosed(pirC, pirU, [...bones, ...ligaments]);
      const boneOnly = enclosed(nerveC, nerveU, bones);
      report(
        `${side} greater sciatic foramen: ligament contacts ${Object.entries(touch)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(
            ', ',
          )} mm; round the nerve ${size(nerve)}, round piriformis ${size(piriformis)}, bone alone ${size(boneOnly)}`,
      );
      for (const [k, v] of Object.entries(touch)) expect(v, k).toBeLessThan(2);
      expect(nerve, 'the nerve passes through a closed foramen').not.toBeNull();
      expect(piriformis, 'piriformis passes through a closed foramen').not.toBeNull();
      expect(boneOnly, 'the bony notch alone is open').toBeNull();
      // the nerve and the muscle pass through, not into, the ligaments
      for (const lig of [spinous, tuberous]) {
        expect(minDistance(sci, lig, 2, 3)).toBeGreaterThan(0.5);
        expect(minDistance(pir, lig, 2, 3)).toBeGreaterThan(0.5);
      }
    }
  });

  it('ligamentum flavum behind the canal at each level L1-S1, touching the laminae, leaving the canal and roots clear', () => {
    const levels = [...LUMBAR, 'sacrum'];
    const sac = worldPoints(model.node('thecal_sac'));
    const nerves = [
      sac,
      ...['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'].flatMap((r) =>
        SIDES.map((s) => worldPoints(model.node(`root_${r}_${s}`))),
      ),
    ];
    for (let i = 0; i < 5; i++) {
      const name = `ligamentum_flavum_${levels[i]}_${levels[i + 1] === 'sacrum' ? 'S1' : levels[i + 1]}`;
      const node = model.node(name);
      const fl = worldPoints(node);
      const grid = new PointGrid(fl, 3, worldNormals(node));
      const upper = minDistance(fl, worldPoints(model.node(levels[i])), 2, 3);
      const lower = minDistance(fl, worldPoints(model.node(levels[i + 1])), 2, 3);
      let clear = Number.POSITIVE_INFINITY;
      // signed (inside is negative) only near the thin sheet, where the nearest vertex's normal is meaningful
      for (const ps of nerves)
        for (const p of ps) {
          const { d } = grid.nearest(p, 2);
          clear = Math.min(clear, d < 2 ? grid.clearance(p, 2) : d);
        }
      // behind the canal: in the upper vertebra's frame the sheet lies behind the thecal sac
      const up = model.node(levels[i]);
      const flL = mean(inFrame(fl, up));
      const sacL = inFrame(sac, up).filter((p) => Math.abs(p[1] - flL[1]) < 6);
      const sacBack = Math.min(...sacL.map((p) => p[2]));
      report(
        `${name}: touches the laminae (${upper.toFixed(1)} / ${lower.toFixed(1)} mm), ${(sacBack - flL[2]).toFixed(1)} mm behind the sac's back, nerves clear by ${clear.toFixed(1)} mm`,
      );
      expect(upper).toBeLessThan(1.5);
      expect(lower).toBeLessThan(1.5);
      expect(flL[2]).toBeLessThan(sacBack);
      expect(clear).toBeGreaterThan(0.2);
    }
  });
});
