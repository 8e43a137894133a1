// Signed-distance primitives and blends. All lengths in millimetres; (x, y, z) in the
// structure's local frame. Negative inside. Shapes are plain functions `(x, y, z) => number`.

/** Polynomial smooth minimum (union) with blend radius k (mm). */
export function smin(a, b, k) {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Smooth maximum (intersection / subtraction with -b) with blend radius k (mm). */
export function smax(a, b, k) {
  return -smin(-a, -b, k);
}

/** Fast 2D / 3D lengths (Math.hypot is slow in V8). */
export const h2 = (a, b) => Math.sqrt(a * a + b * b);
export const h3 = (a, b, c) => Math.sqrt(a * a + b * b + c * c);

export const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
export const mix = (a, b, t) => a + (b - a) * t;
export const smoothstep = (e0, e1, v) => {
  const t = clamp((v - e0) / (e1 - e0), 0, 1);
  return t * t * (3 - 2 * t);
};

/** Smooth union of many shapes. */
export function unionAll(shapes, k) {
  const f = (x, y, z) => {
    let d = 1e9;
    for (let i = 0; i < shapes.length; i++) {
      const s = shapes[i];
      const b = s.b;
      if (b !== undefined && h3(x - b[0], y - b[1], z - b[2]) - b[3] > d + k) continue;
      d = d === 1e9 ? s(x, y, z) : smin(d, s(x, y, z), k);
    }
    return d;
  };
  const bs = shapes.map((s) => s.b);
  if (bs.every(Boolean)) f.b = mergeBounds(bs, k);
  return f;
}

/** Attach a bounding sphere [cx, cy, cz, r] to a shape (used to skip it when far away). */
export function bounded(f, c, r) {
  f.b = [c[0], c[1], c[2], r * 1.15 + 1];
  return f;
}

function mergeBounds(bs, k) {
  let lo = [1e9, 1e9, 1e9];
  let hi = [-1e9, -1e9, -1e9];
  for (const b of bs) {
    lo = lo.map((v, i) => Math.min(v, b[i] - b[3]));
    hi = hi.map((v, i) => Math.max(v, b[i] + b[3]));
  }
  const c = lo.map((v, i) => (v + hi[i]) / 2);
  return [...c, h3(hi[0] - c[0], hi[1] - c[1], hi[2] - c[2]) + k];
}

export function sphere(c, r) {
  return bounded((x, y, z) => h3(x - c[0], y - c[1], z - c[2]) - r, c, r);
}

/** Ellipsoid (Quilez bound): centre c, semi-axes r. */
export function ellipsoid(c, r) {
  const [rx, ry, rz] = r;
  return bounded(
    (x, y, z) => {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const k0 = h3(px / rx, py / ry, pz / rz);
      const k1 = h3(px / (rx * rx), py / (ry * ry), pz / (rz * rz));
      if (k1 < 1e-9) return -Math.min(rx, ry, rz);
      return (k0 * (k0 - 1)) / k1;
    },
    c,
    Math.max(rx, ry, rz),
  );
}

/** Ellipsoid with semi-axes r along orthonormal axes (X, Y, Z). */
export function orientedEllipsoid(c, r, axes) {
  const [X, Y, Z] = axes;
  const [rx, ry, rz] = r;
  return bounded(
    (x, y, z) => {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const u = (px * X[0] + py * X[1] + pz * X[2]) / rx;
      const v = (px * Y[0] + py * Y[1] + pz * Y[2]) / ry;
      const w = (px * Z[0] + py * Z[1] + pz * Z[2]) / rz;
      const k0 = Math.sqrt(u * u + v * v + w * w);
      const k1 = Math.sqrt((u * u) / (rx * rx) + (v * v) / (ry * ry) + (w * w) / (rz * rz));
      if (k1 < 1e-9) return -Math.min(rx, ry, rz);
      return (k0 * (k0 - 1)) / k1;
    },
    c,
    Math.max(rx, ry, rz),
  );
}

/** Round cone between a (radius ra) and b (radius rb): a tapered capsule. */
export function roundCone(a, b, ra, rb) {
  const bax = b[0] - a[0];
  const bay = b[1] - a[1];
  const baz = b[2] - a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  return bounded(
    (x, y, z) => {
      const px = x - a[0];
      const py = y - a[1];
      const pz = z - a[2];
      const t = clamp((px * bax + py * bay + pz * baz) / l2, 0, 1);
      const dx = px - bax * t;
      const dy = py - bay * t;
      const dz = pz - baz * t;
      return Math.sqrt(dx * dx + dy * dy + dz * dz) - (ra + (rb - ra) * t);
    },
    lerp3(a, b, 0.5),
    Math.sqrt(l2) / 2 + Math.max(ra, rb),
  );
}

export function capsule(a, b, r) {
  return roundCone(a, b, r, r);
}

/**
 * Capsule with an elliptical cross-section: semi-axes r1 along unit vector `u` and r2 along the
 * third axis (perpendicular to the segment and to u). Lipschitz-bounded approximation. With `end`
 * ([r1, r2] at b) the section tapers evenly from a to b, as a transverse process does.
 */
export function ellipticCapsule(a, b, r1, r2, u, end = [r1, r2]) {
  const ax = norm(sub(b, a));
  const len = h3(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  const uu = norm(sub(u, scale(ax, dot(u, ax))));
  const vv = cross(ax, uu);
  return bounded(
    (x, y, z) => {
      const px = x - a[0];
      const py = y - a[1];
      const pz = z - a[2];
      const t = clamp(px * ax[0] + py * ax[1] + pz * ax[2], 0, len);
      const ra = mix(r1, end[0], t / len);
      const rb = mix(r2, end[1], t / len);
      const qx = px - ax[0] * t;
      const qy = py - ax[1] * t;
      const qz = pz - ax[2] * t;
      const s1 = qx * uu[0] + qy * uu[1] + qz * uu[2];
      const s2 = qx * vv[0] + qy * vv[1] + qz * vv[2];
      const s3 = qx * ax[0] + qy * ax[1] + qz * ax[2];
      if (Math.abs(s3) < 1e-9) return ellipse2(s1, s2, ra, rb);
      const r3 = Math.min(ra, rb);
      const k0 = h3(s1 / ra, s2 / rb, s3 / r3);
      const k1 = h3(s1 / (ra * ra), s2 / (rb * rb), s3 / (r3 * r3));
      return (k0 * (k0 - 1)) / k1;
    },
    lerp3(a, b, 0.5),
    len / 2 + Math.max(r1, r2, ...end),
  );
}

/** Approximate 2D ellipse distance (Quilez bound). */
export function ellipse2(px, py, rx, ry) {
  const k0 = h2(px / rx, py / ry);
  const k1 = h2(px / (rx * rx), py / (ry * ry));
  if (k1 < 1e-9) return -Math.min(rx, ry);
  return (k0 * (k0 - 1)) / k1;
}

/**
 * Signed distance from (u, v) to a closed polygon given as [u, v] corners (negative inside): the
 * nearest edge's distance, signed by the even-odd rule (Quilez's polygon distance).
 */
export function polygon2(pts) {
  return (u, v) => {
    let d2 = Number.POSITIVE_INFINITY;
    let inside = false;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i, i++) {
      const [ui, vi] = pts[i];
      const [uj, vj] = pts[j];
      const eu = uj - ui;
      const ev = vj - vi;
      const wu = u - ui;
      const wv = v - vi;
      const t = clamp((wu * eu + wv * ev) / (eu * eu + ev * ev), 0, 1);
      d2 = Math.min(d2, (wu - eu * t) ** 2 + (wv - ev * t) ** 2);
      if (vi > v !== vj > v && u < ui + ((v - vi) * eu) / ev) inside = !inside;
    }
    return (inside ? -1 : 1) * Math.sqrt(d2);
  };
}

/**
 * Oriented rounded box: centre c, half extents h along orthonormal axes (ax, ay, az), corner radius r.
 * Axes default to the frame axes.
 */
export function roundBox(c, h, r, axes) {
  const [X, Y, Z] = axes || [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  return bounded(
    (x, y, z) => {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const qx = Math.abs(px * X[0] + py * X[1] + pz * X[2]) - h[0] + r;
      const qy = Math.abs(px * Y[0] + py * Y[1] + pz * Y[2]) - h[1] + r;
      const qz = Math.abs(px * Z[0] + py * Z[1] + pz * Z[2]) - h[2] + r;
      const ox = Math.max(qx, 0);
      const oy = Math.max(qy, 0);
      const oz = Math.max(qz, 0);
      return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qx, qy, qz), 0) - r;
    },
    c,
    h3(h[0], h[1], h[2]),
  );
}

/**
 * One edge of a triangle, ready for the distance loop: its start, direction over squared length, and the
 * outward normal of the side plane through it (in the triangle's plane, pointing away from the inside).
 */
function triangleEdge(from, to, normal) {
  const e = sub(to, from);
  return { from, e, inv: 1 / (dot(e, e) || 1), side: cross(e, normal) };
}

/** Squared distance from (x, y, z) to an edge made by {@link triangleEdge}. */
function edgeDistance2(g, x, y, z) {
  const px = x - g.from[0];
  const py = y - g.from[1];
  const pz = z - g.from[2];
  const t = clamp((px * g.e[0] + py * g.e[1] + pz * g.e[2]) * g.inv, 0, 1);
  const dx = px - g.e[0] * t;
  const dy = py - g.e[1] * t;
  const dz = pz - g.e[2] * t;
  return dx * dx + dy * dy + dz * dz;
}

/** Which side of an edge's side plane (x, y, z) lies: 1 inside the prism's wall, -1 outside, 0 on it. */
const sideOf = (g, x, y, z) =>
  Math.sign((x - g.from[0]) * g.side[0] + (y - g.from[1]) * g.side[1] + (z - g.from[2]) * g.side[2]);

/**
 * Plate of bone: the triangle a, b, c thickened by r on each side (rounded edges). A fan of these
 * fills a sheet between landmarks that no sphere or tube fits, such as the ilium above the sciatic notch.
 * Allocation-free inside: the mesher asks for millions of distances.
 */
export function triangle(a, b, c, r) {
  const nn = norm(cross(sub(b, a), sub(a, c)));
  const e1 = triangleEdge(a, b, nn);
  const e2 = triangleEdge(b, c, nn);
  const e3 = triangleEdge(c, a, nn);
  const centre = scale(add(add(a, b), c), 1 / 3);
  const reach = Math.max(len(sub(a, centre)), len(sub(b, centre)), len(sub(c, centre)));
  return bounded(
    (x, y, z) => {
      // Outside the prism over the triangle, the nearest point is on an edge (Quilez's triangle distance).
      if (sideOf(e1, x, y, z) + sideOf(e2, x, y, z) + sideOf(e3, x, y, z) < 2) {
        const d2 = Math.min(
          edgeDistance2(e1, x, y, z),
          edgeDistance2(e2, x, y, z),
          edgeDistance2(e3, x, y, z),
        );
        return Math.sqrt(d2) - r;
      }
      return Math.abs((x - a[0]) * nn[0] + (y - a[1]) * nn[1] + (z - a[2]) * nn[2]) - r;
    },
    centre,
    reach + r,
  );
}

/** Half-space: points with (p - c)·n > 0 are outside. */
export function plane(c, n) {
  const nn = norm(n);
  return (x, y, z) => (x - c[0]) * nn[0] + (y - c[1]) * nn[1] + (z - c[2]) * nn[2];
}

/** Mirror a shape across the sagittal plane so it exists on both sides (x -> |x|). */
export function mirrorX(f) {
  return (x, y, z) => f(Math.abs(x), y, z);
}

// --- small vector helpers (arrays of 3) ---
export const add = (a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a, s) => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a, b) => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a) => h3(a[0], a[1], a[2]);
export const norm = (a) => scale(a, 1 / (len(a) || 1));
export const lerp3 = (a, b, t) => [mix(a[0], b[0], t), mix(a[1], b[1], t), mix(a[2], b[2], t)];

/** Gradient of f by tetrahedral differences. */
export function gradient(f, x, y, z, e = 0.05) {
  const a = f(x + e, y - e, z - e);
  const b = f(x - e, y - e, z + e);
  const c = f(x - e, y + e, z - e);
  const d = f(x + e, y + e, z + e);
  const gx = a - b - c + d;
  const gy = -a - b + c + d;
  const gz = -a + b - c + d;
  const l = h3(gx, gy, gz) || 1;
  return [gx / l, gy / l, gz / l, l / (4 * e)];
}

/** Move a point onto the zero set of f with a few Newton steps (step limited to maxStep mm). */
export function project(f, p, steps = 4, maxStep = 3) {
  let [x, y, z] = p;
  for (let i = 0; i < steps; i++) {
    const d = f(x, y, z);
    if (Math.abs(d) < 1e-4) break;
    const [gx, gy, gz, gl] = gradient(f, x, y, z);
    const s = clamp(d / Math.max(gl, 0.2), -maxStep, maxStep);
    x -= gx * s;
    y -= gy * s;
    z -= gz * s;
  }
  return [x, y, z];
}
