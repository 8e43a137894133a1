// Projections of a mesh onto a plane, for measuring openings (foramina) the way a viewer sees them.
import type { V3 } from './helpers';

type Tri = { pos: V3[]; idx: Uint32Array };

const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

export interface Raster {
  w: number;
  h: number;
  u0: number;
  v0: number;
  cell: number;
  /** Largest e3 coordinate of the surface in each cell (the surface nearest a viewer looking along -e3), -Infinity where empty. */
  depth: Float32Array;
}

/** Rasterise triangles projected on the plane (e1, e2) with cells of `cell` mm, keeping the front depth along e3. */
export function rasterize(tri: Tri, e1: V3, e2: V3, e3: V3, cell = 1): Raster {
  const P = tri.pos.map((p) => [dot(p, e1), dot(p, e2), dot(p, e3)]);
  let u0 = Number.POSITIVE_INFINITY;
  let v0 = Number.POSITIVE_INFINITY;
  let u1 = Number.NEGATIVE_INFINITY;
  let v1 = Number.NEGATIVE_INFINITY;
  for (const [u, v] of P) {
    u0 = Math.min(u0, u);
    v0 = Math.min(v0, v);
    u1 = Math.max(u1, u);
    v1 = Math.max(v1, v);
  }
  u0 -= 3 * cell;
  v0 -= 3 * cell;
  const w = Math.ceil((u1 - u0) / cell) + 4;
  const h = Math.ceil((v1 - v0) / cell) + 4;
  const depth = new Float32Array(w * h).fill(Number.NEGATIVE_INFINITY);
  const { idx } = tri;
  for (let t = 0; t < idx.length; t += 3) {
    const a = P[idx[t]];
    const b = P[idx[t + 1]];
    const c = P[idx[t + 2]];
    const det = (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
    if (Math.abs(det) < 1e-9) continue;
    const i0 = Math.floor((Math.min(a[0], b[0], c[0]) - u0) / cell);
    const i1 = Math.ceil((Math.max(a[0], b[0], c[0]) - u0) / cell);
    const j0 = Math.floor((Math.min(a[1], b[1], c[1]) - v0) / cell);
    const j1 = Math.ceil((Math.max(a[1], b[1], c[1]) - v0) / cell);
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        const u = u0 + (i + 0.5) * cell;
        const v = v0 + (j + 0.5) * cell;
        const l1 = ((b[0] - u) * (c[1] - v) - (c[0] - u) * (b[1] - v)) / det;
        const l2 = ((c[0] - u) * (a[1] - v) - (a[0] - u) * (c[1] - v)) / det;
        const l3 = 1 - l1 - l2;
        if (l1 < -1e-6 || l2 < -1e-6 || l3 < -1e-6) continue;
        const d = l1 * a[2] + l2 * b[2] + l3 * c[2];
        const k = j * w + i;
        if (d > depth[k]) depth[k] = d;
      }
  }
  return { w, h, u0, v0, cell, depth };
}

/** Connected components (4-neighbour) of the cells where `mask` is set. */
export function components(mask: Uint8Array, w: number, h: number): number[][] {
  const seen = new Uint8Array(mask.length);
  const out: number[][] = [];
  for (let s = 0; s < mask.length; s++) {
    if (!mask[s] || seen[s]) continue;
    const comp: number[] = [];
    const stack = [s];
    seen[s] = 1;
    while (stack.length) {
      const k = stack.pop() as number;
      comp.push(k);
      const i = k % w;
      const j = (k - i) / w;
      for (const [di, dj] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ]) {
        const ni = i + di;
        const nj = j + dj;
        if (ni < 0 || nj < 0 || ni >= w || nj >= h) continue;
        const n = nj * w + ni;
        if (mask[n] && !seen[n]) {
          seen[n] = 1;
          stack.push(n);
        }
      }
    }
    out.push(comp);
  }
  return out;
}

/** Openings enclosed by the projected mesh: empty regions not connected to the raster's border. */
export function enclosedHoles(r: Raster): number[][] {
  const empty = new Uint8Array(r.depth.length);
  for (let k = 0; k < empty.length; k++) empty[k] = r.depth[k] === Number.NEGATIVE_INFINITY ? 1 : 0;
  return components(empty, r.w, r.h).filter(
    (c) =>
      !c.some((k) => {
        const i = k % r.w;
        const j = (k - i) / r.w;
        return i === 0 || j === 0 || i === r.w - 1 || j === r.h - 1;
      }),
  );
}

/** Longest and shortest extent (mm) of a set of cells over 36 directions: its length and its width. */
export function spans(r: Raster, comp: number[]): { length: number; width: number } {
  let length = 0;
  let width = Number.POSITIVE_INFINITY;
  for (let a = 0; a < 36; a++) {
    const t = (a * Math.PI) / 36;
    const c = Math.cos(t);
    const s = Math.sin(t);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const k of comp) {
      const i = k % r.w;
      const j = (k - i) / r.w;
      const p = i * c + j * s;
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
    }
    const e = (hi - lo + 1) * r.cell;
    length = Math.max(length, e);
    width = Math.min(width, e);
  }
  return { length, width };
}

/** Centre of a cell in plane coordinates (u, v). */
export function cellCentre(r: Raster, k: number): [number, number] {
  const i = k % r.w;
  const j = (k - i) / r.w;
  return [r.u0 + (i + 0.5) * r.cell, r.v0 + (j + 0.5) * r.cell];
}
