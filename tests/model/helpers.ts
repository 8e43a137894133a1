// Shared helpers for the model asset tests: open a GLB with glTF-Transform and read geometry in mm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, type Mesh, type Node, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

export const MODEL_DIR = join(import.meta.dirname, '../../public/models');
export type V3 = [number, number, number];

/** The lumbar vertebrae and the discs between them and the sacrum, top to bottom. */
export const LUMBAR = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
export const DISCS = ['disc_L1_L2', 'disc_L2_L3', 'disc_L3_L4', 'disc_L4_L5', 'disc_L5_S1'] as const;
export type Mat4 = number[];

export interface Model {
  doc: Document;
  bytes: number;
  node: (name: string) => Node;
  has: (name: string) => boolean;
}

const cache = new Map<string, Promise<Model>>();

/** Open a committed GLB (cached per file). */
export function loadModel(file = 'spine.glb'): Promise<Model> {
  let p = cache.get(file);
  if (!p) {
    p = (async () => {
      await MeshoptDecoder.ready;
      const io = new NodeIO()
        .registerExtensions(ALL_EXTENSIONS)
        .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
      const buf = readFileSync(join(MODEL_DIR, file));
      const doc = await io.readBinary(new Uint8Array(buf));
      const byPath = new Map<string, Node>();
      const walk = (n: Node, prefix: string) => {
        const path = prefix ? `${prefix}/${n.getName()}` : n.getName();
        byPath.set(path, n);
        for (const c of n.listChildren()) walk(c, path);
      };
      for (const n of doc.getRoot().getDefaultScene()?.listChildren() ?? []) walk(n, '');
      return {
        doc,
        bytes: buf.byteLength,
        has: (name) => byPath.has(name),
        node: (name) => {
          const n = byPath.get(name);
          if (!n) throw new Error(`node ${name} missing`);
          return n;
        },
      };
    })();
    cache.set(file, p);
  }
  return p;
}

/** Apply a 4x4 column-major matrix to a point. */
export function apply(m: Mat4, p: V3): V3 {
  return [
    m[0] * p[0] + m[4] * p[1] + m[8] * p[2] + m[12],
    m[1] * p[0] + m[5] * p[1] + m[9] * p[2] + m[13],
    m[2] * p[0] + m[6] * p[1] + m[10] * p[2] + m[14],
  ];
}

/** Rotate a direction by a 4x4 matrix (no translation). */
export function applyDir(m: Mat4, d: V3): V3 {
  return [
    m[0] * d[0] + m[4] * d[1] + m[8] * d[2],
    m[1] * d[0] + m[5] * d[1] + m[9] * d[2],
    m[2] * d[0] + m[6] * d[1] + m[10] * d[2],
  ];
}

/** Inverse of a rigid (rotation + translation) matrix. */
export function invertRigid(m: Mat4): Mat4 {
  const r = [m[0], m[1], m[2], 0, m[4], m[5], m[6], 0, m[8], m[9], m[10], 0, 0, 0, 0, 1];
  const t: V3 = [m[12], m[13], m[14]];
  // transpose rotation
  const rt = [r[0], r[4], r[8], 0, r[1], r[5], r[9], 0, r[2], r[6], r[10], 0, 0, 0, 0, 1];
  const it = applyDir(rt, t);
  rt[12] = -it[0];
  rt[13] = -it[1];
  rt[14] = -it[2];
  return rt;
}

export function meshOf(node: Node): Mesh {
  const m = node.getMesh();
  if (!m) throw new Error(`${node.getName()} has no mesh`);
  return m;
}

/**
 * Vertex positions in mm in the node's local frame, optionally with a morph target at weight w.
 */
export function localPoints(node: Node, morph?: string, w = 1): V3[] {
  const mesh = meshOf(node);
  const prim = mesh.listPrimitives()[0];
  const pos = prim.getAttribute('POSITION');
  if (!pos) throw new Error('no POSITION');
  let delta: ReturnType<typeof prim.getAttribute> = null;
  if (morph) {
    const names = (mesh.getExtras() as { targetNames?: string[] }).targetNames ?? [];
    const i = names.indexOf(morph);
    if (i < 0) throw new Error(`${node.getName()} has no morph ${morph}`);
    delta = prim.listTargets()[i].getAttribute('POSITION');
  }
  const out: V3[] = [];
  const a = [0, 0, 0];
  const b = [0, 0, 0];
  for (let i = 0; i < pos.getCount(); i++) {
    pos.getElement(i, a);
    if (delta) delta.getElement(i, b);
    else b.fill(0);
    out.push([(a[0] + w * b[0]) * 1000, (a[1] + w * b[1]) * 1000, (a[2] + w * b[2]) * 1000]);
  }
  return out;
}

/** Whether a node's mesh has a morph target of that name. */
export function hasMorph(node: Node, name: string): boolean {
  const m = node.getMesh();
  return !!m && ((m.getExtras() as { targetNames?: string[] }).targetNames ?? []).includes(name);
}

/** Node world matrix with its translation in mm. */
export function worldMatrixMm(node: Node): Mat4 {
  const m = [...node.getWorldMatrix()];
  m[12] *= 1000;
  m[13] *= 1000;
  m[14] *= 1000;
  return m;
}

/** Vertex positions in world mm. */
export function worldPoints(node: Node, morph?: string, w = 1): V3[] {
  const m = worldMatrixMm(node);
  return localPoints(node, morph, w).map((p) => apply(m, p));
}

/** Points in world mm expressed in another node's frame. */
export function inFrame(points: V3[], frameNode: Node): V3[] {
  const inv = invertRigid(worldMatrixMm(frameNode));
  return points.map((p) => apply(inv, p));
}

export function extent(values: number[]): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}

/** Largest gap between consecutive sorted values, with where it starts and ends. */
export function largestGap(values: number[]): { size: number; lo: number; hi: number } {
  const s = [...values].sort((a, b) => a - b);
  let best = { size: 0, lo: 0, hi: 0 };
  for (let i = 1; i < s.length; i++)
    if (s[i] - s[i - 1] > best.size) best = { size: s[i] - s[i - 1], lo: s[i - 1], hi: s[i] };
  return best;
}

export const dist = (a: V3, b: V3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
export const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const normalize = (a: V3): V3 => {
  const l = Math.hypot(...a);
  return [a[0] / l, a[1] / l, a[2] / l];
};
export const deg = (r: number) => (r * 180) / Math.PI;

/** Spatial hash of points for nearest-neighbour queries (mm). */
export class PointGrid {
  private cells = new Map<string, number[]>();
  constructor(
    private pts: V3[],
    private size = 4,
    private normals?: V3[],
  ) {
    pts.forEach((p, i) => {
      const k = this.key(p);
      const c = this.cells.get(k);
      if (c) c.push(i);
      else this.cells.set(k, [i]);
    });
  }
  private key(p: V3, dx = 0, dy = 0, dz = 0): string {
    return `${Math.floor(p[0] / this.size) + dx},${Math.floor(p[1] / this.size) + dy},${Math.floor(p[2] / this.size) + dz}`;
  }
  /** Nearest point index and distance within `reach` cells (Infinity if none). */
  nearest(p: V3, reach = 2): { i: number; d: number } {
    let best = { i: -1, d: Number.POSITIVE_INFINITY };
    for (let dx = -reach; dx <= reach; dx++)
      for (let dy = -reach; dy <= reach; dy++)
        for (let dz = -reach; dz <= reach; dz++) {
          for (const i of this.cells.get(this.key(p, dx, dy, dz)) ?? []) {
            const d = dist(p, this.pts[i]);
            if (d < best.d) best = { i, d };
          }
        }
    return best;
  }
  /** Indices of points within radius r of p. */
  within(p: V3, r: number): number[] {
    const out: number[] = [];
    const reach = Math.ceil(r / this.size);
    for (let dx = -reach; dx <= reach; dx++)
      for (let dy = -reach; dy <= reach; dy++)
        for (let dz = -reach; dz <= reach; dz++)
          for (const i of this.cells.get(this.key(p, dx, dy, dz)) ?? [])
            if (dist(p, this.pts[i]) <= r) out.push(i);
    return out;
  }
  /** Signed clearance: negative when p lies behind the nearest point's surface normal (inside). */
  clearance(p: V3, reach = 2): number {
    const { i, d } = this.nearest(p, reach);
    if (i < 0 || !this.normals) return d;
    const q = this.pts[i];
    const n = this.normals[i];
    const s = (p[0] - q[0]) * n[0] + (p[1] - q[1]) * n[1] + (p[2] - q[2]) * n[2];
    return s < 0 ? -d : d;
  }
}

/** World-space unit normals of a node's vertices. */
export function worldNormals(node: Node): V3[] {
  const prim = meshOf(node).listPrimitives()[0];
  const nrm = prim.getAttribute('NORMAL');
  if (!nrm) throw new Error('no NORMAL');
  const m = worldMatrixMm(node);
  const out: V3[] = [];
  const a = [0, 0, 0];
  for (let i = 0; i < nrm.getCount(); i++) {
    nrm.getElement(i, a);
    const d = applyDir(m, [a[0], a[1], a[2]]);
    const l = Math.hypot(...d) || 1;
    out.push([d[0] / l, d[1] / l, d[2] / l]);
  }
  return out;
}

/** Minimum distance between two point sets (mm). */
export function minDistance(a: V3[], b: V3[], reach = 3, cell = 4): number {
  const g = new PointGrid(b, cell);
  let best = Number.POSITIVE_INFINITY;
  for (const p of a) best = Math.min(best, g.nearest(p, reach).d);
  return best;
}

export interface Condition {
  node: string;
  compresses: string;
  /** Every nerve the condition presses; `compresses` is the one that glows first. */
  nerves: string[];
  hotspot: V3;
  side: 'left' | 'right' | 'both';
  grade?: string;
  slipPercent?: number;
}

export function sceneExtras(model: Model): {
  conditions: Record<string, Condition>;
  units: string;
  generator: string;
} {
  const scene = model.doc.getRoot().getDefaultScene();
  if (!scene) throw new Error('no scene');
  return scene.getExtras() as { conditions: Record<string, Condition>; units: string; generator: string };
}

/** Triangles of a node in its local frame (mm): flat xyz array and index array. */
export function localTriangles(node: Node, morph?: string): { pos: V3[]; idx: Uint32Array } {
  const prim = meshOf(node).listPrimitives()[0];
  const ind = prim.getIndices();
  if (!ind) throw new Error('no indices');
  return { pos: localPoints(node, morph), idx: Uint32Array.from(ind.getArray() ?? []) };
}

/** Sorted ray parameters where a ray (origin o, unit dir d) crosses the triangles. */
export function rayHits(tri: { pos: V3[]; idx: Uint32Array }, o: V3, d: V3): number[] {
  const hits: number[] = [];
  const { pos, idx } = tri;
  for (let i = 0; i < idx.length; i += 3) {
    const a = pos[idx[i]];
    const b = pos[idx[i + 1]];
    const c = pos[idx[i + 2]];
    const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const p = [d[1] * e2[2] - d[2] * e2[1], d[2] * e2[0] - d[0] * e2[2], d[0] * e2[1] - d[1] * e2[0]];
    const det = e1[0] * p[0] + e1[1] * p[1] + e1[2] * p[2];
    if (Math.abs(det) < 1e-12) continue;
    const inv = 1 / det;
    const t0 = [o[0] - a[0], o[1] - a[1], o[2] - a[2]];
    const u = (t0[0] * p[0] + t0[1] * p[1] + t0[2] * p[2]) * inv;
    if (u < 0 || u > 1) continue;
    const q = [t0[1] * e1[2] - t0[2] * e1[1], t0[2] * e1[0] - t0[0] * e1[2], t0[0] * e1[1] - t0[1] * e1[0]];
    const v = (d[0] * q[0] + d[1] * q[1] + d[2] * q[2]) * inv;
    if (v < 0 || u + v > 1) continue;
    hits.push((e2[0] * q[0] + e2[1] * q[1] + e2[2] * q[2]) * inv);
  }
  hits.sort((x, y) => x - y);
  // merge duplicates from shared edges
  return hits.filter((h, i) => i === 0 || h - hits[i - 1] > 1e-4);
}

/** Inside intervals [enter, exit] along a ray that starts outside the mesh. */
export function insideIntervals(hits: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < hits.length; i += 2) out.push([hits[i], hits[i + 1]]);
  return out;
}

/** Distance from a point to a triangle soup (brute force, mm). */
export function surfaceDistance(tri: { pos: V3[]; idx: Uint32Array }, p: V3): number {
  let best = Number.POSITIVE_INFINITY;
  const { pos, idx } = tri;
  for (let i = 0; i < idx.length; i += 3)
    best = Math.min(best, pointTriangle(p, pos[idx[i]], pos[idx[i + 1]], pos[idx[i + 2]]));
  return best;
}

function pointTriangle(p: V3, a: V3, b: V3, c: V3): number {
  // Ericson, Real-Time Collision Detection 5.1.5
  const sub = (x: V3, y: V3): V3 => [x[0] - y[0], x[1] - y[1], x[2] - y[2]];
  const dot = (x: V3, y: V3) => x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
  const ab = sub(b, a);
  const ac = sub(c, a);
  const ap = sub(p, a);
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return dist(p, a);
  const bp = sub(p, b);
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return dist(p, b);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3);
    return dist(p, [a[0] + ab[0] * v, a[1] + ab[1] * v, a[2] + ab[2] * v]);
  }
  const cp = sub(p, c);
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return dist(p, c);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6);
    return dist(p, [a[0] + ac[0] * w, a[1] + ac[1] * w, a[2] + ac[2] * w]);
  }
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return dist(p, [b[0] + (c[0] - b[0]) * w, b[1] + (c[1] - b[1]) * w, b[2] + (c[2] - b[2]) * w]);
  }
  const denom = 1 / (va + vb + vc);
  const v = vb * denom;
  const w = vc * denom;
  return dist(p, [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w]);
}

/**
 * Smallest distance (mm) from the points `a` to the triangle surface `b` (world or common frame);
 * candidate triangles are those with a vertex within `reach` mm.
 */
export function surfaceGap(a: V3[], b: { pos: V3[]; idx: Uint32Array }, reach = 8): number {
  const grid = new PointGrid(b.pos, reach);
  const vt = new Map<number, number[]>();
  for (let t = 0; t < b.idx.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const v = b.idx[t + k];
      const l = vt.get(v);
      if (l) l.push(t);
      else vt.set(v, [t]);
    }
  let best = Number.POSITIVE_INFINITY;
  for (const p of a) {
    const { i, d } = grid.nearest(p, 1);
    if (i < 0 || d > best + reach) continue;
    const tris = new Set<number>();
    for (const t of vt.get(i) ?? []) tris.add(t);
    // widen: triangles of vertices near p
    for (const j of grid.within(p, Math.min(reach, d + 4))) for (const t of vt.get(j) ?? []) tris.add(t);
    for (const t of tris) {
      const tri = {
        pos: [b.pos[b.idx[t]], b.pos[b.idx[t + 1]], b.pos[b.idx[t + 2]]],
        idx: Uint32Array.of(0, 1, 2),
      };
      best = Math.min(best, surfaceDistance(tri, p));
    }
  }
  return best;
}

/** World-space triangles of a node (mm). */
export function worldTriangles(node: Node, morph?: string): { pos: V3[]; idx: Uint32Array } {
  return { pos: worldPoints(node, morph), idx: localTriangles(node).idx };
}
