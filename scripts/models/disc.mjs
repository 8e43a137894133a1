// Intervertebral disc SDFs in the disc's local frame (centre of the disc, +Y normal to the mid-plane):
// annulus = wedge between the two endplate planes over a slightly bulging body footprint; nucleus =
// posteriorly shifted ellipsoid. Pathology variants for bulge and herniation.
import { NUCLEUS, PATHOLOGY } from './params.mjs';
import { bounded, ellipsoid, roundCone, smax, smin } from './sdf.mjs';
import { footprint } from './vertebra.mjs';

const RAD = Math.PI / 180;

/** Healthy annulus SDF. The disc overlaps the endplates by 0.4 mm so no gap shows. */
export function annulusSDF(disc) {
  const fp = footprint(disc.W, disc.depth);
  const t = Math.tan(disc.wedge / 2);
  const nrm = Math.sqrt(1 + t * t);
  const h2 = disc.mid / 2 + 0.25;
  return bounded(
    (x, y, z) => {
      const r = Math.min(1, ((2 * y) / disc.mid) ** 2);
      const f = fp(x, z, 1 + 0.04 * (1 - r));
      const top = (y - h2 - z * t) / nrm;
      const bot = (-y - h2 - z * t) / nrm;
      return smax(f, Math.max(top, bot), 0.6);
    },
    [0, 0, 0],
    Math.max(disc.W, disc.depth) / 2 + disc.mid,
  );
}

/** The disc's height at `z` (mm, + toward the front): the wedge makes it taller in front than behind. */
export function discHeightAt(disc, z) {
  return disc.mid + 2 * z * Math.tan(disc.wedge / 2);
}

/** Nucleus pulposus: ~40% of the disc area, slightly posterior [GK]. */
export function nucleusSDF(disc) {
  return ellipsoid(
    [0, 0, disc.depth * NUCLEUS.shiftZ],
    [disc.W * NUCLEUS.fx, disc.mid * NUCLEUS.fy, disc.depth * NUCLEUS.fz],
  );
}

/** Angle around the disc axis, 0 = straight back, positive toward +X (patient's left). */
export function rimAngle(x, z) {
  return Math.atan2(x, -z);
}

/**
 * Broad posterior bulge (Fardon 2014: > 90 degrees of the circumference). The outline is pushed out
 * by up to `depth` mm with a Gaussian profile around the back, tapering to zero at the endplates (at the
 * back the disc is lower than at its middle, so the taper follows the wedge).
 */
export function bulgedSDF(disc, base, depth = PATHOLOGY.bulge.depth, sigmaDeg = PATHOLOGY.bulge.sigmaDeg) {
  const sg = sigmaDeg * RAD;
  return (x, y, z) => {
    const phi = rimAngle(x, z);
    const v = Math.max(0, 1 - ((2 * y) / discHeightAt(disc, z)) ** 2);
    return base(x, y, z) - depth * Math.exp(-((phi / sg) ** 2)) * Math.sqrt(v);
  };
}

/**
 * Focal posterolateral herniation (< 90 degrees): a dome of nucleus material pushed through the annulus
 * toward `target` (a point on the traversing root, disc-local mm).
 * @returns {{annulus: Function, nucleus: Function, dome: number[]}}
 */
export function herniatedSDF(disc, base, nucleus, target, reach) {
  const phi = rimAngle(target[0], target[2]);
  const dir = [Math.sin(phi), 0, -Math.cos(phi)];
  // rim point along dir at mid-height
  let r = 0;
  while (base(dir[0] * r, 0, dir[2] * r) < 0 && r < 60) r += 0.25;
  const rim = [dir[0] * r, 0, dir[2] * r];
  const ty = Math.max(-disc.mid * 0.25, Math.min(disc.mid * 0.25, target[1]));
  const dist = Math.hypot(target[0] - rim[0], target[2] - rim[2]);
  const out = dist + reach; // how far the dome pushes beyond the rim
  const rad = Math.min(disc.mid * 0.42, 6.5);
  const c = [rim[0] + dir[0] * (out - rad), ty * 0.6, rim[2] + dir[2] * (out - rad)];
  const dome = ellipsoid(c, [rad * 1.05, rad, rad * 1.05]);
  const neck = roundCone([dir[0] * (r - 8), 0, dir[2] * (r - 8)], c, rad * 0.75, rad * 0.9);
  const nucTongue = roundCone([dir[0] * (r * 0.4), 0, dir[2] * (r * 0.4)], c, 3.4, rad * 0.8);
  return {
    annulus: (x, y, z) => smin(base(x, y, z), smin(dome(x, y, z), neck(x, y, z), 2), 2.5),
    nucleus: (x, y, z) => smin(nucleus(x, y, z), nucTongue(x, y, z), 2),
    dome: [c[0] + dir[0] * rad, c[1], c[2] + dir[2] * rad],
    phi,
  };
}
