// Ridges laid on a finished bone surface: the lines where muscles hold on (the femur's linea aspera, the
// gluteal lines of the ilium). Each stands out by its own height wherever the bone's curve puts it.
import { add, h3, len, lerp3, scale, smin, sub } from './sdf.mjs';
import { tube } from './tube.mjs';

/** The path cut into steps of at most `step` mm: between sparse points the tube would leave the surface. */
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
  for (let q = add(p, scale(dir, t)), d = bone(...q); d > 0.2; q = add(p, scale(dir, t)), d = bone(...q)) {
    t += Math.max(d, 0.4);
    if (t > reach) throw new Error(`A ridge runs off the bone near [${p.map((v) => v.toFixed(0))}].`);
  }
  return add(p, scale(dir, t));
}

/** Full height in the middle, thinning to nothing over the last quarter at each end. */
const fade = (t) => Math.min(1, t / 0.25, (1 - t) / 0.25);

/**
 * A ridge on `bone` along `path` (points near its surface), `width` wide and `height` high (half-sizes,
 * mm). Each point is moved onto the surface along `dir`, the way one looks at that face of the bone.
 * The ridge thins and sinks into the bone at its ends instead of stopping as a bar.
 */
export function surfaceRidge(bone, path, dir, width, height, reach = 90) {
  const points = dense(path);
  const onSurface = points.map((p, i) => {
    const lift = 0.4 - 2.5 * (1 - fade(i / (points.length - 1)));
    return sub(meet(bone, p, dir, reach), scale(dir, lift));
  });
  return tube(
    onSurface,
    (t) => [Math.max(0.8, height * fade(t)), Math.max(1.2, width * fade(t))],
    // The first semi-axis is the height: out of the surface, toward the eye.
    dir,
    // Samples 4 mm apart where the path allows: each sample costs time at every point measured.
    4,
  );
}

/**
 * `bone` with `ridges` blended on (blend radius k). Ridges lie within a few millimetres of the surface, so
 * farther than `near` mm from it, inside or out, the bone's own distance is returned: the surface is
 * unchanged and the model builds without measuring every ridge at every sample.
 */
export function withRidges(bone, ridges, k, near = 8) {
  return (x, y, z) => {
    let d = bone(x, y, z);
    if (Math.abs(d) > near) return d;
    for (const ridge of ridges) {
      const [cx, cy, cz, r] = ridge.b;
      if (h3(x - cx, y - cy, z - cz) - r < d + k) d = smin(d, ridge(x, y, z), k);
    }
    return d;
  };
}
