// Morph-target helpers: displace a healthy mesh onto a diseased SDF surface, or by a displacement field.
import { gradient, project } from './sdf.mjs';

/**
 * Move each vertex onto the zero set of fdBone (the diseased SDF): march along its normal, then refine
 * with Newton steps. Vertices where it equals the healthy SDF fhBone stay put. With `relax`, up to that many
 * passes then untangle folds: where bone grows out of a crease, the normals there cross, and the vertices
 * they carry would land turned over one another.
 */
export function surfaceMorph(mesh, fdBone, fhBone, maxOut = 30, relax = 0) {
  // A layer that floats `lift` mm over the bone (facet cartilage) keeps floating over the diseased bone;
  // laid onto it, the two surfaces would flicker through each other.
  const lift = mesh.lift ?? 0;
  const fd = lift ? (x, y, z) => fdBone(x, y, z) - lift : fdBone;
  const fh = lift ? (x, y, z) => fhBone(x, y, z) - lift : fhBone;
  const P = mesh.positions;
  const N = mesh.normals;
  const dpos = new Float32Array(P.length);
  const dnorm = new Float32Array(P.length);
  const moved = new Uint8Array(P.length / 3);
  for (let i = 0; i < P.length; i += 3) {
    const p = [P[i], P[i + 1], P[i + 2]];
    const n = [N[i], N[i + 1], N[i + 2]];
    const d0 = fd(p[0], p[1], p[2]);
    if (Math.abs(d0 - fh(p[0], p[1], p[2])) < 0.01) continue;
    const dir = d0 < 0 ? 1 : -1;
    const lim = d0 < 0 ? maxOut : 12;
    let a = 0;
    let b = -1;
    for (let t = 0.4; t <= lim; t += 0.4) {
      const v = fd(p[0] + n[0] * t * dir, p[1] + n[1] * t * dir, p[2] + n[2] * t * dir);
      if (v * d0 <= 0) {
        b = t;
        break;
      }
      a = t;
    }
    let q;
    if (b > 0) {
      for (let k = 0; k < 14; k++) {
        const m = (a + b) / 2;
        const v = fd(p[0] + n[0] * m * dir, p[1] + n[1] * m * dir, p[2] + n[2] * m * dir);
        if (v * d0 > 0) a = m;
        else b = m;
      }
      const t = ((a + b) / 2) * dir;
      q = [p[0] + n[0] * t, p[1] + n[1] * t, p[2] + n[2] * t];
    } else q = project(fd, p, 6, 2);
    for (let k = 0; k < 3; k++) dpos[i + k] = q[k] - p[k];
    moved[i / 3] = 1;
  }
  if (relax > 0 && mesh.indices) relaxMoved(mesh, dpos, moved, fd, relax);
  for (let v = 0; v < moved.length; v++) {
    if (!moved[v]) continue;
    const i = v * 3;
    const g = gradient(fd, P[i] + dpos[i], P[i + 1] + dpos[i + 1], P[i + 2] + dpos[i + 2], 0.08);
    for (let k = 0; k < 3; k++) dnorm[i + k] = g[k] - N[i + k];
  }
  return { dpos, dnorm };
}

/**
 * Untangle folds: each pass finds the triangles the morph turned over and moves their moved corners to
 * the mean of their neighbours, projected back onto fd's surface, until none is turned over.
 */
function relaxMoved(mesh, dpos, moved, fd, passes) {
  const P = mesh.positions;
  const I = mesh.indices;
  const links = Array.from({ length: moved.length }, () => new Set());
  for (let t = 0; t < I.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = I[t + e];
      const b = I[t + ((e + 1) % 3)];
      links[a].add(b);
      links[b].add(a);
    }
  const at = (v, k, d) => P[v * 3 + k] + (d ? dpos[v * 3 + k] : 0);
  const normal = (t, d) => {
    const [a, b, c] = [I[t], I[t + 1], I[t + 2]];
    const u = [0, 1, 2].map((k) => at(b, k, d) - at(a, k, d));
    const w = [0, 1, 2].map((k) => at(c, k, d) - at(a, k, d));
    return [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
  };
  for (let pass = 0; pass < passes; pass++) {
    const tangled = new Set();
    for (let t = 0; t < I.length; t += 3) {
      if (!moved[I[t]] && !moved[I[t + 1]] && !moved[I[t + 2]]) continue;
      const [n0, n1] = [normal(t, false), normal(t, true)];
      if (n0[0] * n1[0] + n0[1] * n1[1] + n0[2] * n1[2] < 0)
        for (let e = 0; e < 3; e++) if (moved[I[t + e]]) tangled.add(I[t + e]);
    }
    if (tangled.size === 0) return;
    for (const v of tangled) {
      const avg = [0, 0, 0];
      for (const w of links[v]) for (let k = 0; k < 3; k++) avg[k] += at(w, k, true) / links[v].size;
      const q = project(fd, avg, 3, 1.5);
      for (let k = 0; k < 3; k++) dpos[v * 3 + k] = q[k] - P[v * 3 + k];
    }
  }
}

/** Per-vertex displacement from a function of the local position. */
export function fieldMorph(mesh, fn) {
  const P = mesh.positions;
  const dpos = new Float32Array(P.length);
  for (let i = 0; i < P.length; i += 3) {
    const d = fn([P[i], P[i + 1], P[i + 2]]);
    dpos[i] = d[0];
    dpos[i + 1] = d[1];
    dpos[i + 2] = d[2];
  }
  return { dpos };
}
