// Sacrum and coccyx SDFs in the sacrum's local frame (origin: centre of the S1 superior endplate,
// +Y normal to the endplate, +Z anterior). The sacrum curves forward (concave anteriorly).
import { SACRUM } from './params.mjs';
import { surfaceRidge, withRidges } from './ridge.mjs';
import {
  add,
  bounded,
  capsule,
  cross,
  ellipsoid,
  mix,
  norm,
  orientedEllipsoid,
  roundCone,
  scale,
  smax,
  smin,
  smoothstep,
  sub,
  unionAll,
} from './sdf.mjs';
import { dirToLocal, toLocal } from './skeleton.mjs';
import { tube } from './tube.mjs';
import { facetFrames, facetPlate } from './vertebra.mjs';

/**
 * How far (radians) the sacral axis has turned forward at arclength s (mm) below the S1 endplate: gently
 * over S1-S2, more over S3-S5, so the front is hollow low down as in the bone [GK].
 */
function sacralAngle(s) {
  const { radius, lowerRadius, bend } = SACRUM;
  return s <= bend ? s / radius : bend / radius + (s - bend) / lowerRadius;
}

/** Point on the sacral centreline at arclength s (mm) below the S1 endplate: two circular arcs. */
export function sacralAxis(s) {
  const { radius, lowerRadius, bend } = SACRUM;
  if (s <= bend) return [0, -radius * Math.sin(s / radius), radius * (1 - Math.cos(s / radius))];
  const p = sacralAxis(bend);
  const a0 = bend / radius;
  const a = sacralAngle(s);
  return [
    0,
    p[1] - lowerRadius * (Math.sin(a) - Math.sin(a0)),
    p[2] + lowerRadius * (Math.cos(a0) - Math.cos(a)),
  ];
}

/** Anterior surface offset (local z) of the sacral bodies at arclength s. */
export function bodyHalfDepth(s) {
  return mix(SACRUM.s1D / 2, 6, Math.min(1, s / SACRUM.length));
}

/**
 * The sacrum's side at the sacroiliac joint (S1-S3): a thick mass whose flat outer face, the auricular
 * surface, meets the ilium's in a thin joint line, and whose front runs on flush with the pelvic wall. The
 * lateral masses' tube alone thins to an edge there, which left a dark pocket beside the sacrum from the
 * front. Placed in world terms (the ilium's face is the plane x = 51.5, rounded), then carried into the
 * sacrum's frame.
 */
function auricularMasses(sacrumFrame) {
  return [1, -1].map((side) => {
    // leaning in below, so its lower end follows the sacrum's taper and does not hang beside it as a lobe
    const long = norm([side * 0.3, 1, 0]);
    const axes = [
      dirToLocal(sacrumFrame, [long[1], -long[0], 0]),
      dirToLocal(sacrumFrame, long),
      dirToLocal(sacrumFrame, [0, 0, 1]),
    ];
    const mass = orientedEllipsoid(toLocal(sacrumFrame, [side * 43, -20, -25]), [11, 30, 12], axes);
    // cut flat at the side on a wide blend: a narrow one left a point at each superior lateral angle
    const joint = (x, y, z) => smax(mass(x, y, z), Math.abs(x) - 50, 6);
    joint.b = mass.b;
    return joint;
  });
}

/**
 * The posterior sacral foramina, S1-S4: arclength below S1, distance of the opening from the midline and
 * radius (mm), largest and widest apart at S1 [GK].
 */
const POSTERIOR_FORAMINA = [
  [14, 24, 4.3],
  [33, 21.5, 3.8],
  [52, 19, 3.3],
  [70, 16.5, 2.8],
];

/**
 * The transverse ridges across the front of the sacrum, where its five bodies fused [GK], each running
 * between a pair of anterior foramina (`openings`: the left one of each pair, sacrum-local mm). Without
 * them the front read as one smooth plate with holes punched in it.
 */
function transverseRidges(bone, openings) {
  return openings.map(([x, y]) => {
    const reach = Math.abs(x) - 5; // to the foramen's inner rim
    const z = sacralAxis(0)[2];
    return surfaceRidge(
      bone,
      [
        [-reach, y, z],
        [0, y, z],
        [reach, y, z],
      ],
      [0, 0, -1],
      4,
      1.5,
      70,
    );
  });
}

/**
 * The low crests on the back of the sacrum either side of the median crest [GK]: the intermediate crest
 * (the fused articular processes) just inside the posterior foramina, and the lateral crest (the fused
 * transverse processes) just outside them. Without them the back of the sacrum read as a flat shield.
 */
function backCrests(bone) {
  const path = (dx) => POSTERIOR_FORAMINA.map(([sv, x]) => [x + dx, ...sacralAxis(sv).slice(1)]);
  const crest = (dx, width, height) =>
    [1, -1].map((side) =>
      surfaceRidge(
        bone,
        path(dx).map(([x, y, z]) => [side * x, y, z]),
        [0, 0, 1],
        width,
        height,
        70,
      ),
    );
  return [...crest(-7.5, 5, 2.8), ...crest(9, 6, 2.4)];
}

// the sacral hiatus's half-width (mm) at its apex and at its foot
const HIATUS = { apex: 3.5, foot: 6.5 };

/**
 * Sacrum SDF.
 * @param {object[]} joints facet joints (world) to place the S1 superior articular processes
 * @param {object} sacrumFrame
 * @param {Function[]} tunnels root channels (sacrum-local SDFs) carved as the sacral foramina
 */
export function sacrumSDF(joints, sacrumFrame, tunnels) {
  const L = SACRUM.length;
  const pts = [];
  for (let s = -4; s <= L; s += 8) pts.push(sacralAxis(s));
  // Vertebral bodies (S1..S5), fused. The top of S1 bulges forward by up to 2 mm: the sacral promontory,
  // the front edge of the sacrum's top standing out over the pelvis [GK].
  const bodies = tube(pts, (t) => {
    const s = t * (L + 4) - 4;
    const promontory = 2 * Math.exp(-(((s - 5) / 8) ** 2));
    return [mix(SACRUM.s1W / 2, 9, Math.min(1, s / L) ** 0.8), bodyHalfDepth(s) + promontory];
  });
  // Lateral masses and alae: a wide plate, slightly behind the bodies, tapering to the apex.
  const latPts = pts.map((p) => [p[0], p[1], p[2] - 9]);
  const lateral = tube(latPts, (t) => {
    const u = Math.min(1, Math.max(0, t));
    // Nearly full width (2 mm less) down the auricular surface (S1-S2), where the sacrum meets the ilium in
    // a thin joint, then tapering to the apex.
    const w =
      u < 0.42
        ? mix(SACRUM.width / 2, SACRUM.width / 2 - 2, u / 0.42)
        : mix(SACRUM.width / 2 - 2, 11, (u - 0.42) / 0.58);
    return [w, mix(17, 6, u)];
  });
  // Dorsal wall: the roof of the sacral canal, joining the lateral masses behind it, so the median crest
  // stands on the back of the bone as a low ridge rather than a rod of its own.
  const roof = tube(
    pts.slice(0, -1).map((p) => [0, p[1], p[2] - 21]),
    (t) => [mix(18, 9, t), mix(7, 4.5, t)],
  );
  // The median crest on it, with a tubercle for each of the first four segments (the fused spinous
  // processes) [GK]: a smooth ridge alone read as a flat plate.
  const crestLine = pts.slice(0, -2).map((p) => [0, p[1], p[2] - 26 + p[1] * -0.05]);
  const crestRidge = tube(crestLine, (t) => [mix(5, 3, t), mix(6, 4, t)]);
  const tubercles = [8, 26, 44, 62].map((sv, i) => {
    const c = sacralAxis(sv);
    return ellipsoid([0, c[1], c[2] - 27 - 0.05 * c[1] - 1.5], [4.5 - 0.5 * i, 5, 4]);
  });
  const crest = unionAll([crestRidge, ...tubercles], 3);
  // Sacral canal (continues the lumbar canal, opens at the hiatus). At S1 it is a triangle, as in the
  // lumbar vertebrae above: a wide flat floor on the back of the body, narrowing behind to an apex under
  // the median crest [GK]. An oval, narrower at S1, makes the apex; a wide flat tube in front of it the
  // floor. Below S1 the oval widens to the canal's full width, so the lower roots keep their room.
  const canalLine = (dz) => pts.slice(0, -2).map((p) => [0, p[1], p[2] - 19 + dz]);
  const canalOval = tube(canalLine(0), (t) => [
    mix(14.5, 5, t) * mix(0.7, 1, smoothstep(0, 0.3, t)),
    mix(7.5, 3.2, t),
  ]);
  const canalFloor = tube(canalLine(3.5), (t) => [mix(14.5, 5, t), mix(4, 2.5, t)]);
  const canal = (x, y, z) => smin(canalOval(x, y, z), canalFloor(x, y, z), 4);
  // Sacral hiatus: where the laminae of S4-S5 are missing, the canal opens at the back in an inverted U,
  // open at its foot, so the back of the S5 body shows as its floor. Either side of its lower end, the
  // sacral cornua point down toward the coccyx's (Gray's Anatomy).
  // About 2.5 cm tall, with a flat floor and steep sides: cut as a rounded trough, its floor caught the
  // light like a tongue lying in a slot. The floor is the back of the fifth sacral body.
  const hiatusTop = sacralAxis(L - 24);
  const hiatusFoot = sacralAxis(L + 2);
  const floorTop = [0, hiatusTop[1], hiatusTop[2] - 13.5];
  const floorFoot = [0, hiatusFoot[1], hiatusFoot[2] - 8.5];
  const down = norm(sub(floorFoot, floorTop));
  const back = cross([1, 0, 0], down);
  // Its top is an arch (cut square, it read as a slot), cut in the roof of the canal, which runs on past it
  // (ending there, the roof's own square end made the top).
  const hiatusC = add(scale(add(floorTop, floorFoot), 0.5), scale(back, 10));
  const halfTall = Math.hypot(...sub(floorFoot, floorTop)) / 2;
  const hiatus = bounded(
    (x, y, z) => {
      const p = [x - hiatusC[0], y - hiatusC[1], z - hiatusC[2]];
      const v = p[1] * down[1] + p[2] * down[2]; // down and back lie in the midline plane
      const w = p[1] * back[1] + p[2] * back[2];
      // narrower at its apex than at its foot, an inverted U
      const halfWidth = mix(
        HIATUS.apex,
        HIATUS.foot,
        Math.min(1, Math.max(0, (v + halfTall) / (2 * halfTall))),
      );
      const archTop = HIATUS.apex - halfTall;
      const arch = v < archTop ? Math.hypot(p[0], v - archTop) - HIATUS.apex : Math.abs(p[0]) - halfWidth;
      return smax(Math.max(arch, v - halfTall), Math.abs(w) - 10, 2);
    },
    hiatusC,
    halfTall + 10,
  );
  const cornua = [1, -1].map((side) => {
    const [top, foot] = [sacralAxis(L - 11), sacralAxis(L - 1)];
    return roundCone([side * 10.5, top[1], top[2] - 18], [side * 9, foot[1], foot[2] - 16], 3.6, 2.4);
  });
  const facets = facetFrames({ name: 'S1', frame: sacrumFrame }, joints);
  const saps = facets.map((f) => {
    const side = f.name.endsWith('left') ? 1 : -1;
    const plate = facetPlate(f.centre, f.normal, 7.5, 8.5, 5);
    const col = ellipsoid([side * 20, -8, -22], [8, 10, 8]);
    return unionAll([plate, col], 5);
  });
  const solid = unionAll([bodies, lateral, roof, crest, ...auricularMasses(sacrumFrame)], 6);
  const a4 = sacralAxis(82);
  const openings = [...tunnels.filter((t) => t.opening).map((t) => t.opening), [13, a4[1], a4[2] + 14]];
  const bone = withRidges(solid, [...backCrests(solid), ...transverseRidges(solid, openings)]);
  // The fourth pair of anterior foramina (no root drawn through it), and the four pairs of posterior
  // foramina behind them, each opening from the sacral canal [GK].
  const holes = [];
  for (const side of [1, -1]) {
    holes.push(capsule([side * 12, a4[1] + 1, a4[2] - 8], [side * 14, a4[1] - 1, a4[2] + 14], 3.8));
    // largest at S1, smaller below [GK]
    for (const [sv, x, r] of POSTERIOR_FORAMINA) {
      const c = sacralAxis(sv);
      holes.push(capsule([side * (x - 4), c[1], c[2] - 16], [side * x, c[1] - 3, c[2] - 40], r));
    }
  }
  const f = (x, y, z) => {
    let d = bone(x, y, z);
    // Flat S1 endplate at y = 0, its edge rounded (the promontory is a rounded brow, not a lip); beside it
    // the alae slope down laterally, the step between them eased so it leaves no crease.
    const ax = Math.abs(x);
    const half = SACRUM.s1W / 2;
    const top = y + Math.max(0, ax - half) * 0.22 + 1.5 * smoothstep(half - 2, half + 6, ax);
    d = smax(d, top, 3.5);
    for (const s of saps) d = smin(d, s(x, y, z), 4);
    d = smax(d, -canal(x, y, z), 2);
    d = smax(d, -hiatus(x, y, z), 2.5);
    for (const c of cornua) d = smin(d, c(x, y, z), 3);
    for (const h of holes) {
      const b = h.b;
      if (Math.sqrt((x - b[0]) ** 2 + (y - b[1]) ** 2 + (z - b[2]) ** 2) - b[3] > 2) continue;
      d = smax(d, -h(x, y, z), 1.2);
    }
    for (const t of tunnels) {
      const b = t.b;
      if (b && Math.sqrt((x - b[0]) ** 2 + (y - b[1]) ** 2 + (z - b[2]) ** 2) - b[3] > 2) continue;
      d = smax(d, -t(x, y, z), 1.5);
    }
    return d;
  };
  return bounded(f, sacralAxis(L / 2), L / 2 + SACRUM.width / 2);
}

/**
 * Coccyx: four small fused segments continuing the sacral curve, one bone tapering from a base as wide as
 * the sacral apex to the tip, joined to the apex (Woon 2013: curved length ~44, usually 4 segments). The
 * segments show as waists (12%: at 7% the whole read as one smooth cone; much deeper, as a string of
 * beads); the first has its transverse processes and, behind, the two cornua that reach up toward the
 * sacral cornua [GK].
 */
export function coccyxSDF() {
  const L = SACRUM.length;
  const length = SACRUM.coccyxLength;
  const axis = [];
  // its forward curve lengthens the path, so the axis stops short of the full length along the sacral curve
  const end = length - 3;
  for (let s = L - 3; s <= L + end; s += 3) {
    const c = sacralAxis(s);
    // it curves forward more tightly than the sacrum, so its tip points down and forward
    const bend = 0.0035 * Math.max(0, s - L) ** 2;
    axis.push([c[0], c[1], c[2] - 2 + bend]);
  }
  const body = tube(axis, (t) => {
    const along = ((t * (end + 3) - 3) / end) * 4;
    const waist = along > 0.5 && along < 3.6 ? 1 - 0.12 * (0.5 + 0.5 * Math.cos(2 * Math.PI * along)) : 1;
    return [mix(10.5, 2.8, t) * waist, mix(6, 3.2, t) * waist];
  });
  const c0 = sacralAxis(L + 1 + length / 8);
  const parts = [body];
  for (const side of [1, -1]) {
    // transverse process of the first segment: a short stub; wider, it stood out as a flange
    parts.push(ellipsoid([side * 8.5, c0[1], c0[2] - 2], [3.5, 3, 3]));
    // coccygeal cornu: a small horn on its back, pointing up toward the sacral hiatus
    parts.push(ellipsoid([side * 5, c0[1] + 3.5, c0[2] - 7], [2, 3.5, 2]));
  }
  return unionAll(parts, 4);
}
