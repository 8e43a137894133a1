// Ridges laid on a finished bone surface: the lines where muscles hold on (the femur's linea aspera, the
// gluteal lines of the ilium). Each raises the surface by its own height wherever the bone's curve puts
// it, as a smooth swelling: a ridge swept as a flat tube and blended on showed saw teeth along its edges,
// where the tube's straight pieces met at an angle.
import { clamp, h3, len, lerp3, sub } from './sdf.mjs';

/** The path cut into steps of at most `step` mm, so it follows the surface between sparse points. */
function dense(path, step = 3) {
  const out = [path[0]];
  for (let i = 1; i < path.length; i++) {
    const n = Math.max(1, Math.ceil(len(sub(path[i], path[i - 1])) / step));
    for (let j = 1; j <= n; j++) out.push(lerp3(path[i - 1], path[i], j / n));
  }
  return out;
}

/** Where a ray along unit `dir`, from `reach` mm before `p`, first meets `bone`; throws if it misses. */
function meet(bone, p, dir, reach) {
  let t = -reach;
  const at = () => [p[0] + dir[0] * t, p[1] + dir[1] * t, p[2] + dir[2] * t];
  for (let d = bone(...at()); d > 0.2; d = bone(...at())) {
    t += Math.max(d, 0.4);
    if (t > reach) throw new Error(`A ridge runs off the bone near [${p.map((v) => v.toFixed(0))}].`);
  }
  return at();
}

/** Full height in the middle, thinning to nothing over the last quarter at each end. */
const fade = (t) => clamp(Math.min(t / 0.25, (1 - t) / 0.25), 0, 1);

/**
 * A ridge on `bone` along `path` (points near its surface): `height` mm high on its line, falling smoothly
 * to nothing `width` mm to each side, and fading out over its last quarter at each end. Each point is
 * moved onto the surface along `dir`, the way one looks at that face of the bone.
 * @returns {Function} the height the ridge adds at (x, y, z), with a bounding sphere `b`
 */
export function surfaceRidge(bone, path, dir, width, height, reach = 90) {
  const pts = dense(path).map((p) => meet(bone, p, dir, reach));
  const segs = [];
  let run = 0;
  for (let i = 0; i + 1 < pts.length; i++) {
    const e = sub(pts[i + 1], pts[i]);
    const l = len(e) || 1e-6;
    segs.push({ a: pts[i], e, l2: l * l, from: run, l });
    run += l;
  }
  const total = run || 1;
  const lo = [0, 1, 2].map((k) => Math.min(...pts.map((p) => p[k])));
  const hi = [0, 1, 2].map((k) => Math.max(...pts.map((p) => p[k])));
  const c = lo.map((v, k) => (v + hi[k]) / 2);
  const f = (x, y, z) => {
    let best = width * width;
    let along = -1;
    for (const g of segs) {
      const px = x - g.a[0];
      const py = y - g.a[1];
      const pz = z - g.a[2];
      const t = clamp((px * g.e[0] + py * g.e[1] + pz * g.e[2]) / g.l2, 0, 1);
      const d2 = (px - g.e[0] * t) ** 2 + (py - g.e[1] * t) ** 2 + (pz - g.e[2] * t) ** 2;
      if (d2 < best) {
        best = d2;
        along = (g.from + t * g.l) / total;
      }
    }
    if (along < 0) return 0;
    const s = 1 - best / (width * width);
    return height * fade(along) * s * s;
  };
  f.b = [...c, h3(hi[0] - c[0], hi[1] - c[1], hi[2] - c[2]) + width];
  return f;
}

/**
 * `bone` with `ridges` raised on it. Ridges lie on the surface, so farther than `near` mm from it, inside
 * or out, the bone's own distance is returned: the model builds without measuring every ridge everywhere.
 */
export function withRidges(bone, ridges, near = 8) {
  return (x, y, z) => {
    let d = bone(x, y, z);
    if (Math.abs(d) > near) return d;
    for (const ridge of ridges) {
      const [cx, cy, cz, r] = ridge.b;
      if (h3(x - cx, y - cy, z - cz) < r) d -= ridge(x, y, z);
    }
    return d;
  };
}
