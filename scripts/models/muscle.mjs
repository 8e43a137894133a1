// Piriformis (left, scene mm): three slips from the anterior sacrum (S2-S4) converge into a belly that
// leaves the pelvis through the upper greater sciatic foramen and inserts on the top of the greater trochanter.
import { PIRIFORMIS } from './params.mjs';
import { bodyHalfDepth, sacralAxis } from './sacrum.mjs';
import { add, mix, smin, smoothstep } from './sdf.mjs';
import { toWorld } from './skeleton.mjs';
import { tube } from './tube.mjs';

/** Belly path and origin slips (world mm). */
export function piriformisPath(sk, P, gtTipWorld, sacrumSdf) {
  // a point `depth` mm inside the anterior sacral surface, lateral to the foramina
  const S = (x, s, depth) => {
    const a = sacralAxis(s);
    let z = a[2] + bodyHalfDepth(s) + 20;
    while (sacrumSdf(x, a[1], z) > 0 && z > a[2] - 40) z -= 0.25;
    return toWorld(sk.sacrum, [x, a[1], z - depth]);
  };
  const slips = [S(25, 34, 1.5), S(24, 50, 1.5), S(22, 66, 1.5)];
  const belly = [
    S(31, 50, -6),
    add(P.notchApex, [-6, -3, 2]),
    add(P.notchApex, [20, -12, -4]),
    add(gtTipWorld, [-30, -2, -14]),
    add(gtTipWorld, [-6, 0, -3]),
  ];
  return { slips, belly };
}

/**
 * Piriformis SDF; `thickness` is the belly's thickness (mm): 16-17 normal, ~22-24 swollen.
 */
export function piriformisSDF(sk, P, gtTipWorld, sacrumSdf, thickness = PIRIFORMIS.thickness) {
  const { slips, belly } = piriformisPath(sk, P, gtTipWorld, sacrumSdf);
  const th = thickness / 2;
  const main = tube(
    belly,
    (t) => {
      const swell = thickness / PIRIFORMIS.thickness;
      const bellyW = mix((PIRIFORMIS.width / 2) * swell, 4.5 * Math.sqrt(swell), smoothstep(0.25, 1, t));
      const bellyT = mix(th * 0.75, th, smoothstep(0, 0.3, t)) * (1 - 0.68 * smoothstep(0.5, 1, t));
      return [bellyW, Math.max(3, bellyT)];
    },
    // the broad face of the muscle faces back and forward: width runs along the slip line
    (t) => [0, 1, mix(-0.2, 0.1, smoothstep(0.3, 0.7, t))],
    2,
    PIRIFORMIS.bundles,
  );
  const slipShapes = slips.map((s) =>
    tube([s, add(s, [6, -2, 3]), belly[1]], (t) => [5 + t * 3, 3.2 + t * 3], [0, 1, 0], 2),
  );
  const f = (x, y, z) => {
    let d = main(x, y, z);
    for (const s of slipShapes) d = smin(d, s(x, y, z), 6);
    return d;
  };
  f.belly = belly;
  return f;
}
