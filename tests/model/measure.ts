// Geometric measurements of the generated model, in mm and degrees, computed from vertices and
// node transforms (not from generator parameters).
import type { Node } from '@gltf-transform/core';
import {
  applyDir,
  deg,
  dist,
  extent,
  hasMorph,
  inFrame,
  insideIntervals,
  localTriangles,
  type Model,
  rayHits,
  type V3,
  worldMatrixMm,
  worldNormals,
  worldPoints,
} from './helpers';

export interface VertebraMeasures {
  width: number;
  depth: number;
  height: number;
  canalAP: number;
  canalWidth: number;
  pedicleWidth: number;
  pedicleHeight: number;
  pedicleX: number;
  pedicleY: number;
  postWall: number;
  tpSpan: number;
  frontToTip: number;
}

type Tri = { pos: V3[]; idx: Uint32Array };

/** Inside intervals of a straight line through the mesh along axis `ax` (0 x, 1 y, 2 z), as coordinates. */
export function lineIntervals(tri: Tri, ax: 0 | 1 | 2, at: V3): [number, number][] {
  const o: V3 = [...at];
  o[ax] = -400;
  const d: V3 = [0, 0, 0];
  d[ax] = 1;
  return insideIntervals(rayHits(tri, o, d)).map(([a, b]) => [a - 400, b - 400]);
}

/** Measure one lumbar vertebra in its local frame. */
export function measureVertebra(node: Node, morph?: string): VertebraMeasures {
  const tri = localTriangles(node, morph);
  const p = tri.pos;
  const zs = p.map((q) => q[2]);
  const front = Math.max(...zs);
  // Midline line through the body centre along z: body, then the canal gap, then the arch.
  const zi = lineIntervals(tri, 2, [0.13, 0.11, 0]).sort((a, b) => b[1] - a[1]);
  const body = zi[0];
  const postWall = body[0];
  const depth = body[1] - body[0];
  const canalAP = zi.length > 1 ? postWall - zi[1][1] : Number.NaN;
  const zMid = (front + postWall) / 2;
  const wi = lineIntervals(tri, 0, [0, 0.11, zMid]).find(([a, b]) => a < 0 && b > 0) ?? [0, 0];
  const hi = lineIntervals(tri, 1, [0.13, 0, zMid]).find(([a, b]) => a < 0 && b > 0) ?? [0, 0];
  // Pedicles: lines along x, 5 mm behind the posterior wall, at the level where the pedicle is widest.
  let best = { w: 0, y: 0, canal: 0, lo: 0, hi: 0 };
  for (let y = -6; y <= hi[1]; y += 0.5) {
    const xi = lineIntervals(tri, 0, [0, y, postWall - 5]);
    const left = xi.filter(([a]) => a > 0).sort((a, b) => a[0] - b[0])[0];
    const right = xi.filter(([, b]) => b < 0).sort((a, b) => b[1] - a[1])[0];
    if (!left || !right) continue;
    if (left[1] - left[0] > best.w)
      best = { w: left[1] - left[0], y, canal: left[0] - right[1], lo: left[0], hi: left[1] };
  }
  const pedicleX = (best.lo + best.hi) / 2;
  const ph = lineIntervals(tri, 1, [pedicleX, 0, postWall - 5]).find(
    ([a, b]) => a <= best.y && b >= best.y,
  ) ?? [0, 0];
  return {
    width: wi[1] - wi[0],
    depth,
    height: hi[1] - hi[0],
    canalAP,
    canalWidth: best.canal,
    pedicleWidth: best.w,
    pedicleHeight: ph[1] - ph[0],
    pedicleX,
    pedicleY: best.y,
    postWall,
    tpSpan: extent(p.map((q) => q[0])),
    frontToTip: front - Math.min(...zs),
  };
}

/** Unit axis of a node's world frame (0 = X, 1 = Y, 2 = Z). */
export function axis(node: Node, i: 0 | 1 | 2): V3 {
  const e: V3 = [0, 0, 0];
  e[i] = 1;
  const d = applyDir(worldMatrixMm(node), e);
  const l = Math.hypot(...d);
  return [d[0] / l, d[1] / l, d[2] / l];
}

/** Sagittal tilt of a node's +Y axis toward +Z (degrees). */
export function sagittalTilt(node: Node): number {
  const y = axis(node, 1);
  return deg(Math.atan2(y[2], y[1]));
}

/** Facet angle to the sagittal plane (degrees), from a facet node's +Z in its vertebra's frame. */
export function facetAngle(vertebra: Node, facet: Node): number {
  const z = axis(facet, 2);
  const m = worldMatrixMm(vertebra);
  const dx = m[0] * z[0] + m[1] * z[1] + m[2] * z[2];
  const dz = m[8] * z[0] + m[9] * z[1] + m[10] * z[2];
  return deg(Math.acos(Math.abs(dx) / Math.hypot(dx, dz)));
}

/**
 * Facet angle to the sagittal plane (degrees), from the joint surface itself: the mean normal of the
 * facet's cartilage patch, in its vertebra's frame (the axial-plane angle, as on CT).
 */
export function facetSurfaceAngle(vertebra: Node, facet: Node): number {
  const n = worldNormals(facet).reduce<V3>((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]], [0, 0, 0]);
  const m = worldMatrixMm(vertebra);
  const dx = m[0] * n[0] + m[1] * n[1] + m[2] * n[2];
  const dz = m[8] * n[0] + m[9] * n[1] + m[10] * n[2];
  return deg(Math.acos(Math.abs(dx) / Math.hypot(dx, dz)));
}

/** Disc heights (mm) 3 mm inside the anterior and posterior rim, in the disc's frame. */
export function discHeights(node: Node): { anterior: number; posterior: number } {
  const tri = localTriangles(node);
  const zs = tri.pos.map((q) => q[2]);
  const len = (z: number) => {
    const i = lineIntervals(tri, 1, [0.13, 0, z]).find(([a, b]) => a < 0 && b > 0);
    return i ? i[1] - i[0] : 0;
  };
  return { anterior: len(Math.max(...zs) - 3), posterior: len(Math.min(...zs) + 3) };
}

/** Foraminal height (mm): from the upper pedicle's lower border down to the bone below, in the upper frame. */
export function foraminalHeight(
  model: Model,
  upper: string,
  lower: string,
  side: 1 | -1,
  morph?: string,
): number {
  const up = model.node(upper);
  const m = measureVertebra(up);
  const at: V3 = [side * m.pedicleX, 0, m.postWall - 5];
  const upTri = localTriangles(up, morph);
  const ped = lineIntervals(upTri, 1, at).find(([a, b]) => a <= m.pedicleY + 1 && b >= m.pedicleY - 1);
  if (!ped) return Number.NaN;
  const lowNode = model.node(lower);
  const lowMorph = morph && hasMorph(lowNode, morph) ? morph : undefined;
  const lowTri = { pos: inFrame(worldPoints(lowNode, lowMorph), up), idx: localTriangles(lowNode).idx };
  const below = lineIntervals(lowTri, 1, at).filter(([, b]) => b < ped[0]);
  const top = Math.max(...below.map(([, b]) => b));
  return ped[0] - top;
}

/** Piriformis belly thickness (mm): the smallest cross-section extent at the fullest part of the belly. */
export function piriformisThickness(model: Model, side: string, morph?: string): number {
  const pts = worldPoints(model.node(`piriformis_${side}`), morph);
  const medial = pts.filter((p) => Math.abs(p[0]) < 45);
  const lateral = pts.filter((p) => Math.abs(p[0]) > 125);
  const c = (s: V3[]) =>
    s.reduce((a, p) => [a[0] + p[0] / s.length, a[1] + p[1] / s.length, a[2] + p[2] / s.length], [0, 0, 0]);
  const a = c(medial);
  const b = c(lateral);
  const ax: V3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const L = Math.hypot(...ax);
  const u0: V3 = [ax[0] / L, ax[1] / L, ax[2] / L];
  const u: V3 = [...u0];
  // thickness: smallest cross-section extent, taken at the widest part of the belly
  let bellyMax = 0;
  const along = (p: V3) => ((p[0] - a[0]) * u0[0] + (p[1] - a[1]) * u0[1] + (p[2] - a[2]) * u0[2]) / L;
  const centroid = (f: number) => c(pts.filter((p) => Math.abs(along(p) - f) < 0.03));
  for (const f of [0.35, 0.42, 0.5, 0.58]) {
    // local axis of the belly from the centroids of two neighbouring slices
    const c1 = centroid(f - 0.08);
    const c2 = centroid(f + 0.08);
    const o = centroid(f);
    const lu = Math.hypot(c2[0] - c1[0], c2[1] - c1[1], c2[2] - c1[2]);
    const uu: V3 = [(c2[0] - c1[0]) / lu, (c2[1] - c1[1]) / lu, (c2[2] - c1[2]) / lu];
    u[0] = uu[0];
    u[1] = uu[1];
    u[2] = uu[2];
    const sec = pts.filter(
      (p) =>
        Math.abs((p[0] - o[0]) * u[0] + (p[1] - o[1]) * u[1] + (p[2] - o[2]) * u[2]) < 2 && dist(p, o) < 40,
    );
    // in-plane principal extents by brute force over directions
    let minExt = Number.POSITIVE_INFINITY;
    const e1: V3 = [0, 1, 0];
    const d1 = e1[0] * u[0] + e1[1] * u[1] + e1[2] * u[2];
    const v1: V3 = [e1[0] - d1 * u[0], e1[1] - d1 * u[1], e1[2] - d1 * u[2]];
    const l1 = Math.hypot(...v1);
    const p1: V3 = [v1[0] / l1, v1[1] / l1, v1[2] / l1];
    const p2: V3 = [u[1] * p1[2] - u[2] * p1[1], u[2] * p1[0] - u[0] * p1[2], u[0] * p1[1] - u[1] * p1[0]];
    for (let k = 0; k < 36; k++) {
      const t = (k * Math.PI) / 36;
      const d: V3 = [
        p1[0] * Math.cos(t) + p2[0] * Math.sin(t),
        p1[1] * Math.cos(t) + p2[1] * Math.sin(t),
        p1[2] * Math.cos(t) + p2[2] * Math.sin(t),
      ];
      minExt = Math.min(minExt, extent(sec.map((p) => p[0] * d[0] + p[1] * d[1] + p[2] * d[2])));
    }
    if (minExt > bellyMax) bellyMax = minExt;
  }
  return bellyMax;
}
