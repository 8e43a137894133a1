// Gluteus maximus (left, scene mm): a thick quadrilateral sheet of coarse fascicles from the posterior
// ilium (behind the posterior gluteal line), the back of the sacrum and coccyx and the sacrotuberous
// ligament, running down and out over piriformis, the sciatic nerve and the greater trochanter. The upper
// three quarters insert into the iliotibial tract, the deep lower quarter on the gluteal tuberosity of the
// femur (Gray's Anatomy, 42nd ed. [GK]). Each fascicle is its own tube, blended shallowly, so the fibre
// direction shows as grooves on the surface; they are wide enough to touch, so the muscle reads as one
// thick sheet, not a row of straps.
import { GLUTEUS } from './params.mjs';
import { add, lerp3, mix, smin, smoothstep } from './sdf.mjs';
import { toLocal } from './skeleton.mjs';
import { tube } from './tube.mjs';

/** Point on a polyline at parameter u in [0, 1] (uniform by segment). */
function along(line, u) {
  const s = Math.min(u, 0.9999) * (line.length - 1);
  const i = Math.floor(s);
  return lerp3(line[i], line[i + 1], s - i);
}

/**
 * The most posterior z of the deep structures at (x, y), or null where none lies on the line (a ray
 * marched forward from behind the body).
 * @param {(p: number[]) => number} deep world SDF of the bones, piriformis, sciatic nerve and ligaments
 */
function backOf(deep, x, y) {
  let z = -190;
  while (z < 80) {
    const d = deep([x, y, z]);
    if (d < 0.3) return z;
    z += Math.max(d, 0.6);
  }
  return null;
}

/**
 * Left gluteus maximus SDF (world mm).
 * @param {{H:number[], crestPost:number[], psis:number[]}} P hip landmarks
 * @param {{sacrumBack:(y:number)=>number[], coccyxBack:number[], gtWorld:number[], tuberosity:number[][]}} at
 *   origin and insertion points: the back of the sacrum, the coccyx, the greater trochanter, the gluteal tuberosity
 * @param {(p: number[]) => number} deep world SDF of the structures the muscle covers
 */
export function gluteusSDF(P, at, deep) {
  const { fascicles, gap, thickness } = GLUTEUS;
  // Origin: posterior iliac crest -> PSIS -> lateral sacrum (S2-S4) -> side of the coccyx.
  const origin = [
    add(P.crestPost, [4, -6, -5]),
    add(P.psis, [-3, -6, -6]),
    at.sacrumBack(-55),
    at.sacrumBack(-95),
    at.coccyxBack,
  ];
  // Insertion: the iliotibial tract lateral to and below the greater trochanter, then the gluteal tuberosity.
  const itt = [add(at.gtWorld, [22, -4, -10]), add(at.gtWorld, [24, -48, -14])];
  const insertion = [...itt, ...at.tuberosity];
  const paths = [];
  for (let k = 0; k < fascicles; k++) {
    const u = k / (fascicles - 1);
    const o = along(origin, u);
    const i = along(insertion, Math.min(1, u * 1.02));
    const half = (t) =>
      (thickness / 2) * (0.35 + 0.65 * Math.sin(Math.PI * Math.min(1, t * 1.15))) * mix(0.8, 1.1, u);
    const pts = [o];
    for (const t of [0.2, 0.42, 0.64, 0.84]) {
      const p = lerp3(o, i, t);
      const back = backOf(deep, p[0], p[1]);
      // the buttock's curve where nothing lies beneath; never closer than `gap` to what it covers
      let z = p[2] - 14 * Math.sin(Math.PI * t);
      if (back !== null) z = Math.min(z, back - gap - half(t));
      pts.push([p[0], p[1], z]);
    }
    pts.push(i);
    paths.push(
      tube(
        pts,
        (t) => [
          Math.max(2.2, half(t)),
          (mix(GLUTEUS.originWidth, GLUTEUS.insertionWidth, t) / fascicles) * 0.9,
        ],
        // the sheet faces back, turning outward where it wraps the trochanter
        (t) => [mix(0, 0.8, smoothstep(0.55, 1, t) * (1 - u)), 0, 1],
        2,
      ),
    );
  }
  // The top of the iliotibial tract, the flat tendon the upper fibres end in. Only its start is drawn:
  // further down the thigh it is tendon, not muscle, and a strip of muscle colour there misleads.
  const tract = tube(
    [add(at.gtWorld, [21, 8, -9]), add(at.gtWorld, [24, -48, -13]), add(at.gtWorld, [21, -72, -11])],
    (t) => [1.6, mix(24, 13, t)],
    [1, 0, 0],
    2,
  );
  paths.push(tract);
  const f = (x, y, z) => {
    let d = paths[0](x, y, z);
    for (let k = 1; k < paths.length; k++) d = smin(d, paths[k](x, y, z), 5);
    return d;
  };
  f.samples = paths.flatMap((p) => p.samples);
  return f;
}

/**
 * Origin and insertion points and the SDF of what the muscle covers, from the other structures (world mm).
 * @param {object} sk skeleton @param {object} P hip landmarks @param {number[]} gtWorld greater trochanter centre
 * @param {{hip:Function, sacrum:Function, coccyx:Function, femur:Function, covered:Function[]}} sdf
 *   hip and covered in world, sacrum and coccyx in the sacrum's frame, femur in the hip frame
 */
export function gluteusAttachments(sk, P, gtWorld, sdf) {
  const local = (p) => toLocal(sk.sacrum, p);
  const sacral = (p) => {
    const q = local(p);
    return Math.min(sdf.sacrum(q[0], q[1], q[2]), sdf.coccyx(q[0], q[1], q[2]));
  };
  const femur = (p) => sdf.femur(p[0] - P.H[0], p[1] - P.H[1], p[2] - P.H[2]);
  const deep = (p) => {
    let d = Math.min(sdf.hip(p[0], p[1], p[2]), sacral(p), femur(p));
    for (const f of sdf.covered) d = Math.min(d, f(p[0], p[1], p[2]));
    return d;
  };
  const behind = (f, x, y, inset) => [x, y, (backOf(f, x, y) ?? -60) - inset];
  // the gluteal tuberosity: the most posterior line of the upper shaft, a little lateral
  const tuberosity = [P.H[1] - 92, P.H[1] - 122].map((y) => {
    let best = null;
    for (let x = P.H[0] + 10; x < P.H[0] + 70; x += 1.5) {
      const z = backOf(femur, x, y);
      if (z !== null && (!best || z < best[2])) best = [x, y, z];
    }
    return add(best, [5, 0, 1]);
  });
  return {
    deep,
    at: {
      sacrumBack: (y) => behind(sacral, 24, y, 2),
      coccyxBack: behind(sacral, 4, -130, 2),
      gtWorld,
      tuberosity,
    },
  };
}
