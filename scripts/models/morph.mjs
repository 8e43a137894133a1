// Morph-target helpers: displace a healthy mesh onto a diseased SDF surface, or by a displacement field.
import { gradient, project } from './sdf.mjs';

/**
 * Move each vertex onto the zero set of fd (the diseased SDF): march along its normal, then refine with
 * Newton steps. Vertices where fd equals the healthy SDF fh stay put.
 */
export function surfaceMorph(mesh, fd, fh, maxOut = 30) {
  const P = mesh.positions;
  const N = mesh.normals;
  const dpos = new Float32Array(P.length);
  const dnorm = new Float32Array(P.length);
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
    const g = gradient(fd, q[0], q[1], q[2], 0.08);
    for (let k = 0; k < 3; k++) {
      dpos[i + k] = q[k] - p[k];
      dnorm[i + k] = g[k] - n[k];
    }
  }
  return { dpos, dnorm };
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
