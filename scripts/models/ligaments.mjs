// Ligaments (scene mm): the sacrospinous and sacrotuberous ligaments (left; the right ones mirror them),
// which turn the greater sciatic notch into the greater sciatic foramen, and the ligamentum flavum
// joining the laminae at each level L1-L2 .. L5-S1 (Gray's Anatomy, 42nd ed.) [GK].
import { PELVIS_LIGAMENTS, SACRUM } from './params.mjs';
import { sacralAxis } from './sacrum.mjs';
import { add, cross, lerp3, mix, norm, scale, smin, smoothstep, sub, unionAll } from './sdf.mjs';
import { toWorld } from './skeleton.mjs';
import { tube } from './tube.mjs';

/** A point on the left lateral border of the sacrum (or coccyx) at arclength s below S1, in world mm. */
export function sacralBorder(sk, s, inset = 2) {
  const a = sacralAxis(s);
  const u = Math.min(1, (s + 4) / (SACRUM.length + 4));
  const w =
    u < 0.42
      ? mix(SACRUM.width / 2, SACRUM.width / 2 - 8, u / 0.42)
      : mix(SACRUM.width / 2 - 8, 11, (u - 0.42) / 0.58);
  return toWorld(sk.sacrum, [Math.max(6, w - inset), a[1], a[2] - 9]);
}

/**
 * Sacrospinous ligament: a thin triangle from the lower lateral sacrum and upper coccyx (broad base) to
 * the ischial spine (apex), in front of the sacrotuberous ligament. Its fibres converge on the spine [GK],
 * so it is drawn as four fascicles, each a flat tube fanning from the base and thickening toward the apex,
 * blended shallowly so the fibre direction shows as grooves. As one flat sheet it read as a board, the
 * same as the sacrotuberous ligament behind it. (Swept as a single tube, its base was set along the sacral
 * axis, which points forward there as much as down, so from behind the triangle seemed to point at the
 * coccyx.)
 */
export function sacrospinousSDF(sk, P) {
  const { thickness } = PELVIS_LIGAMENTS;
  const [upper, lower] = [sacralBorder(sk, 86, 3), sacralBorder(sk, 116, 3)];
  // at the spine's front edge: it lies in front of the sacrotuberous ligament
  const apex = add(P.spine, [3, 0, 6]);
  const normal = norm(cross(sub(lower, upper), sub(apex, upper)));
  const fascicles = [0, 1, 2, 3].map((i) => {
    const base = sacralBorder(sk, 86 + i * 10, 3);
    // the fibres meet the spine along its length, not at one point
    const end = add(apex, [0, 3 - 2 * i, 0]);
    return tube(
      [base, lerp3(base, end, 0.5), end],
      (t) => [mix(thickness / 2 - 0.3, thickness / 2 + 0.7, t), mix(6, 2.5, t)],
      normal,
      1.5,
    );
  });
  const f = unionAll(fascicles, 1.5);
  f.samples = [upper, lower, apex];
  return f;
}

/**
 * Sacrotuberous ligament: a strong band from below the posterior iliac spines and the side of the sacrum,
 * narrow in the middle, flaring again onto the medial edge of the ischial tuberosity; its upper fibres
 * reach on down the side of the sacrum to the coccyx, so from behind it is a fan whose inner edge runs
 * down and out from there to the tuberosity (Gray's Anatomy).
 */
export function sacrotuberousSDF(sk, P) {
  const { thickness, tuberousTop } = PELVIS_LIGAMENTS;
  const spines = add(P.psis, [-4, -18, 4]);
  const top = lerp3(spines, sacralBorder(sk, 96, 0), 0.5);
  const topSide = norm(sub(sacralBorder(sk, 96, 0), spines));
  // its end sunk in the tuberosity's inner edge: ending beside it, the band showed a square cut end
  const foot = add(P.tuberosity, [-5, -7, -1]);
  // the lateral edge of the band bounds the foramen behind the nerve: keep the waist broad
  const waist = add(lerp3(top, foot, 0.5), [7, 0, -5.5]);
  const band = tube(
    [top, waist, foot],
    // a strong band, thickest at its narrow waist
    (t) => [
      mix(tuberousTop / 2, 10, smoothstep(0, 0.5, t)),
      thickness / 2 + 0.6 + 1.2 * Math.sin(Math.PI * t),
    ],
    // It turns through a quarter turn, mostly below where it is broad. Each short piece of the tube is
    // straight and set at its own angle, so the broad edge steps from piece to piece like a saw's teeth
    // where the band turns fast or the pieces are long.
    (t) => {
      const u = smoothstep(0.2, 1, t);
      return norm(add(scale(topSide, 1 - u), scale([0.6, 0.2, 1], u)));
    },
    // pieces of 0.7 mm (2 mm elsewhere), each turning only a little from the last
    0.7,
  );
  // the fibres from the lower sacrum and coccyx: fascicles on the band's inner side, each curving in
  // toward the band between the coccyx and the tuberosity as the fibres converge, blended shallowly so
  // their direction shows as grooves (as one flat sheet, with a straight or once-bent free edge, the
  // whole ligament read as a flat panel)
  const low = sacralBorder(sk, 114, 0);
  const normal = norm(cross(sub(low, top), sub(foot, top)));
  const fan = unionAll(
    [0.25, 0.5, 0.75, 1].map((u) => {
      const origin = lerp3(top, low, u);
      const bend = lerp3(lerp3(origin, foot, 0.5), waist, 0.75 * u);
      return tube([origin, bend, foot], (t) => [thickness / 2 + 0.6, mix(7, 3, t)], normal, 1.5);
    }),
    1.5,
  );
  const f = unionAll([band, fan], 4);
  f.samples = [...band.samples, low];
  return f;
}

/**
 * Ligamentum flavum between the laminae of `upper` and `lower` (vertebra params with frames): a thin
 * yellow sheet from the front of the upper lamina's lower half to the top of the lower lamina, the back
 * wall of the canal between them. For L5-S1 the lower attachment is the top of the sacral canal's roof.
 */
export function flavumSDF(upper, lower, sacrumFrame) {
  const { flavumThickness } = PELVIS_LIGAMENTS;
  const zU = -upper.D / 2 - upper.canalAP - 1;
  const ypU = upper.H / 2 - upper.pedH / 2 - 1.2;
  const a = toWorld(upper.frame, [0, ypU - 15, zU]);
  const b = lower
    ? toWorld(lower.frame, [0, lower.H / 2 - lower.pedH / 2 - 1.2 + 3, -lower.D / 2 - lower.canalAP - 2])
    : toWorld(sacrumFrame, [0, -5, -27]);
  const halfW = (upper.canalW + (lower ?? upper).canalW) / 4;
  const sheet = tube([a, b], () => [halfW, flavumThickness / 2], [1, 0, 0], 1.5);
  // The two halves meet in the midline at an angle, like an open book facing forward.
  const ridge = tube([add(a, [0, 0, -1]), add(b, [0, 0, -1])], () => [3, 2.4], [1, 0, 0], 1.5);
  const f = (x, y, z) => smin(sheet(x, y, z), ridge(x, y, z), 1.5);
  f.b = sheet.b;
  f.ends = { upper: a, lower: b };
  return f;
}
