// Swept tubes along Catmull-Rom splines, for nerves, roots, muscles and the thecal sac.
import { clamp, cross, dot, ellipse2, norm, sub } from './sdf.mjs';

/**
 * Sample a centripetal-ish (uniform) Catmull-Rom spline through control points.
 * @param {number[][]} pts control points
 * @param {number} step approximate spacing of samples (mm)
 * @returns {{p:number[][], s:number[]}} samples and their normalised parameter 0..1 along the curve
 */
export function sampleSpline(pts, step = 2) {
  const out = [];
  const n = pts.length;
  for (let i = 0; i < n - 1; i++) {
    const p0 = pts[Math.max(i - 1, 0)];
    const p1 = pts[i];
    const p2 = pts[i + 1];
    const p3 = pts[Math.min(i + 2, n - 1)];
    const segLen = Math.hypot(p2[0] - p1[0], p2[1] - p1[1], p2[2] - p1[2]);
    const m = Math.max(2, Math.ceil(segLen / step));
    for (let j = 0; j < m; j++) {
      const t = j / m;
      const t2 = t * t;
      const t3 = t2 * t;
      const q = [0, 0, 0];
      for (let k = 0; k < 3; k++) {
        q[k] =
          0.5 *
          (2 * p1[k] +
            (-p0[k] + p2[k]) * t +
            (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 +
            (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3);
      }
      out.push(q);
    }
  }
  out.push(pts[n - 1].slice());
  const s = [0];
  for (let i = 1; i < out.length; i++) {
    s.push(
      s[i - 1] + Math.hypot(out[i][0] - out[i - 1][0], out[i][1] - out[i - 1][1], out[i][2] - out[i - 1][2]),
    );
  }
  const total = s[s.length - 1] || 1;
  return { p: out, s: s.map((v) => v / total), length: total };
}

/**
 * Tube SDF swept along a spline.
 * @param {number[][]} pts control points (mm)
 * @param {(s:number)=>[number, number]} radius semi-axes [a, b] at normalised arclength s; a lies along `side`
 * @param {number[]|((s:number)=>number[])} side preferred direction of the first semi-axis (projected off the tangent)
 * @param {number} step sample spacing (mm)
 * @param {{spacing:number, depth:number}} [ridges] grooves running along the tube's broad faces,
 *   `spacing` mm apart across its width and `depth` mm deep, so the bundles of a muscle's or nerve's
 *   fibres show which way they run
 */
export function tube(pts, radius, side = [1, 0, 0], step = 2, ridges = null) {
  const { p, s } = sampleSpline(pts, step);
  const n = p.length - 1;
  const seg = [];
  for (let i = 0; i < n; i++) {
    const a = p[i];
    const b = p[i + 1];
    const d = sub(b, a);
    const l = Math.hypot(d[0], d[1], d[2]) || 1e-6;
    const t = [d[0] / l, d[1] / l, d[2] / l];
    const sm = (s[i] + s[i + 1]) / 2;
    const sd = typeof side === 'function' ? side(sm) : side;
    let u = sub(sd, [t[0] * dot(sd, t), t[1] * dot(sd, t), t[2] * dot(sd, t)]);
    if (Math.hypot(u[0], u[1], u[2]) < 1e-3)
      u = Math.abs(t[1]) < 0.9 ? cross(t, [0, 1, 0]) : cross(t, [1, 0, 0]);
    u = norm(u);
    const v = cross(t, u);
    const r0 = radius(s[i]);
    const r1 = radius(s[i + 1]);
    const rmax = Math.max(r0[0], r0[1], r1[0], r1[1]);
    seg.push({ a, t, l, u, v, r0, r1, rmax });
  }
  // Chunked bounding spheres for culling.
  const CH = 8;
  const chunks = [];
  for (let i = 0; i < n; i += CH) {
    const j = Math.min(i + CH, n);
    const c = [0, 0, 0];
    for (let k = i; k <= j; k++) for (let m = 0; m < 3; m++) c[m] += p[k][m] / (j - i + 1);
    let rad = 0;
    let rmax = 0;
    for (let k = i; k < j; k++) rmax = Math.max(rmax, seg[k].rmax);
    for (let k = i; k <= j; k++)
      rad = Math.max(rad, Math.hypot(p[k][0] - c[0], p[k][1] - c[1], p[k][2] - c[2]));
    chunks.push({ i, j, c, r: rad + rmax });
  }
  const f = (x, y, z) => {
    let best = 1e9;
    for (const ch of chunks) {
      const dc = Math.sqrt((x - ch.c[0]) ** 2 + (y - ch.c[1]) ** 2 + (z - ch.c[2]) ** 2) - ch.r;
      if (dc > best) continue;
      for (let k = ch.i; k < ch.j; k++) {
        const g = seg[k];
        const px = x - g.a[0];
        const py = y - g.a[1];
        const pz = z - g.a[2];
        const along = px * g.t[0] + py * g.t[1] + pz * g.t[2];
        const tt = clamp(along, 0, g.l);
        const ov = along - tt;
        const qx = px - g.t[0] * along;
        const qy = py - g.t[1] * along;
        const qz = pz - g.t[2] * along;
        const w = tt / g.l;
        const ra = g.r0[0] + (g.r1[0] - g.r0[0]) * w;
        const rb = g.r0[1] + (g.r1[1] - g.r0[1]) * w;
        const s1 = qx * g.u[0] + qy * g.u[1] + qz * g.u[2];
        const s2 = qx * g.v[0] + qy * g.v[1] + qz * g.v[2];
        let d;
        if (ov === 0) d = ra === rb ? Math.sqrt(s1 * s1 + s2 * s2) - ra : ellipse2(s1, s2, ra, rb);
        else if (ra === rb) d = Math.sqrt(s1 * s1 + s2 * s2 + ov * ov) - ra;
        else {
          // ellipsoidal cap, so consecutive segments overlap smoothly at bends
          const rc = Math.min(ra, rb);
          const u = s1 / ra;
          const v = s2 / rb;
          const q = ov / rc;
          const k0 = Math.sqrt(u * u + v * v + q * q);
          const k1 = Math.sqrt((u * u) / (ra * ra) + (v * v) / (rb * rb) + (q * q) / (rc * rc));
          d = (k0 * (k0 - 1)) / k1;
        }
        if (ridges) d += ridges.depth * 0.5 * (1 - Math.cos((2 * Math.PI * s1) / ridges.spacing));
        if (d < best) best = d;
      }
    }
    return best;
  };
  let rAll = 0;
  for (const g of seg) rAll = Math.max(rAll, g.rmax);
  const lo = [1e9, 1e9, 1e9];
  const hi = [-1e9, -1e9, -1e9];
  for (const q of p)
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k], q[k]);
      hi[k] = Math.max(hi[k], q[k]);
    }
  const c = lo.map((v, k) => (v + hi[k]) / 2);
  f.b = [...c, Math.hypot(hi[0] - c[0], hi[1] - c[1], hi[2] - c[2]) + rAll * 1.2 + 1];
  f.samples = p;
  f.params = s;
  return f;
}
