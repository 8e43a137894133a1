// Left femur SDF in the femur's local frame: origin at the femoral head centre, axes as the scene.
// Head seated in the acetabulum, neck (neck-shaft angle, anteversion), trochanters, shaft, condyles.
import { PELVIS } from './params.mjs';
import {
  add,
  bounded,
  ellipsoid,
  ellipticCapsule,
  norm,
  orientedEllipsoid,
  roundCone,
  scale,
  smax,
  unionAll,
} from './sdf.mjs';
import { tube } from './tube.mjs';

const RAD = Math.PI / 180;

/** Femur landmarks relative to the head centre (mm). */
export function femurLandmarks(H) {
  const ns = (PELVIS.neckShaftAngle - 90) * RAD;
  const av = PELVIS.anteversion * RAD;
  const neckDir = norm([Math.cos(ns) * Math.cos(av), -Math.sin(ns), -Math.cos(ns) * Math.sin(av)]);
  const knee = [PELVIS.kneeHalfWidth - H[0], -PELVIS.femurLength + 18, 2];
  const gtLateral = PELVIS.bitrochanteric / 2 - H[0];
  return {
    neckDir,
    neckBase: scale(neckDir, 44),
    knee,
    gt: [gtLateral - 15, -20, -8],
    gtTip: [gtLateral - 20, 6, -12],
  };
}

/** Left femur SDF (local mm). */
export function femurSDF(H) {
  const L = femurLandmarks(H);
  const rHead = PELVIS.headDiameter / 2;
  const head = ellipsoid([0, 0, 0], [rHead, rHead, rHead]);
  // Neck: waisted, flattened front to back, widening into the trochanteric region.
  const neck = ellipticCapsule(scale(L.neckDir, 10), L.neckBase, 15.5, 12.5, [0, 1, 0]);
  const neckBase = ellipsoid(add(L.neckBase, [-2, -4, -2]), [16, 21, 15]);
  // Greater trochanter: a squarish block lateral and behind the neck, its tip curving back and in.
  const gt = orientedEllipsoid(L.gt, [14, 27, 19], [[1, -0.12, 0], norm([0.12, 1, 0]), [0, 0, 1]]);
  const gtTip = ellipsoid(L.gtTip, [10, 11, 10]);
  // Lesser trochanter: a cone pointing back and in from the base of the neck.
  const ltBase = [L.neckBase[0] - 6, -62, -4];
  const ltTip = [L.neckBase[0] - 19, -64, -17];
  const lt = roundCone(ltBase, ltTip, 9, 5.5);
  // Intertrochanteric line (in front) from the greater to the lesser trochanter; the crest behind is a
  // ridge laid on the finished surface (see `backRidges`).
  const line = roundCone(add(L.gt, [-6, 2, 10]), [L.neckBase[0] - 10, -68, 6], 4.5, 4);
  const K = L.knee;
  // Shaft with its forward bow (convex in front, Gray's).
  const axis = [
    add(L.gt, [-14, 4, 2]),
    [L.neckBase[0] - 4, -90, 0],
    [L.neckBase[0] - 14, -200, 7],
    [K[0] + 24, -330, 7],
    [K[0] + 4, K[1] + 44, 2],
  ];
  const shaft = tube(
    axis,
    (t) => {
      const r = 14.5 - 2.5 * Math.sin(Math.min(1, t * 1.2) * Math.PI) + 5 * Math.max(0, t - 0.75) * 4;
      return [r, r * 0.95];
    },
    [1, 0, 0],
  );
  // Distal femur: a broad block (epicondylar width ~80 [GK]) carrying two condyles that roll backwards.
  const metaphysis = ellipsoid(add(K, [0, 18, -4]), [37, 30, 23]);
  const medCond = orientedEllipsoid(add(K, [-20, -2, -8]), [14, 19, 28], AXES);
  const latCond = orientedEllipsoid(add(K, [20, -1, -7]), [14, 18, 27], AXES);
  const epiM = ellipsoid(add(K, [-31, 10, -6]), [7, 11, 11]);
  const epiL = ellipsoid(add(K, [30, 11, -6]), [6, 10, 10]);
  const bone = unionAll(
    [head, neck, neckBase, gt, gtTip, lt, line, shaft, metaphysis, medCond, latCond, epiM, epiL],
    5,
  );
  const ridged = backRidges(bone, L, ltTip, axis);
  const notch = ellipsoid(add(K, [0, -10, -20]), [8, 18, 18]);
  const groove = roundCone(add(K, [0, 30, 25]), add(K, [0, -4, 24]), 8, 7);
  const foveaC = scale(norm([-0.7, -0.45, -0.2]), rHead + 2);
  const f = (x, y, z) => {
    let d = smax(smax(ridged(x, y, z), -notch(x, y, z), 3), -groove(x, y, z), 3);
    // fovea capitis: the small pit on the head for the ligament of the head
    d = smax(d, 5 - Math.sqrt((x - foveaC[0]) ** 2 + (y - foveaC[1]) ** 2 + (z - foveaC[2]) ** 2), 1.5);
    return d;
  };
  return bounded(f, [K[0] / 2, K[1] / 2, 0], -K[1] / 2 + 60);
}

/**
 * The ridges on the back of the femur where muscles hold on, laid on the surface of `bone` so that each
 * stands out by its own height wherever the bone's curve puts it [GK]:
 * - the intertrochanteric crest, from the greater trochanter down and in to the lesser;
 * - the linea aspera down the middle third of the shaft, which parts above into the gluteal tuberosity
 *   (out, toward the greater trochanter) and the spiral line (in, toward the lesser), and below into the
 *   two supracondylar lines, toward the epicondyles.
 * Each path is given by (x, y) points and a height; z is where a ray from behind meets the bone.
 */
function backRidges(bone, L, ltTip, axis) {
  // Sideways offsets along the shaft are from its axis: x of the axis at height y, between its points.
  // Below its last point the last segment is carried on.
  const axisX = (y) => {
    const end = axis.findIndex((p, j) => j > 0 && p[1] <= y);
    const [a, b] = [axis.at(end === -1 ? -2 : end - 1), axis.at(end)];
    return a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]);
  };
  const alongShaft = (path) => path.map(([dx, y]) => [axisX(y) + dx, y]);
  const onBack = ([x, y], lift) => {
    let z = -90;
    for (let d = bone(x, y, z); d > 0.2; d = bone(x, y, z)) {
      z += Math.max(d, 0.4);
      if (z > 60) throw new Error(`A femoral ridge runs off the bone at x ${x.toFixed(0)}, y ${y}.`);
    }
    return [x, y, z - lift];
  };
  // The path is cut into 3 mm steps, each set onto the surface: between sparse points the tube's curve
  // would sink into the round shaft or stand off it.
  const dense = (path) =>
    path.slice(1).flatMap(([x, y], i) => {
      const [px, py] = path[i];
      const n = Math.max(1, Math.ceil(Math.hypot(x - px, y - py) / 3));
      return Array.from({ length: n + (i === path.length - 2 ? 1 : 0) }, (_, j) => [
        px + ((x - px) * j) / n,
        py + ((y - py) * j) / n,
      ]);
    });
  // Each ridge fades out at its ends, thinning and sinking into the bone, instead of stopping as a bar.
  const fade = (t) => Math.min(1, t / 0.25, (1 - t) / 0.25);
  const ridge = (path, width, height) => {
    const points = dense(path);
    return tube(
      points.map((p, i) => onBack(p, 0.4 - 2.5 * (1 - fade(i / (points.length - 1))))),
      (t) => [Math.max(0.8, height * fade(t)), Math.max(1.2, width * fade(t))],
      // The first semi-axis is the height: along z, out of the back of the bone.
      [0, 0, 1],
    );
  };
  const crest = ridge(
    [
      [L.gt[0] + 2, L.gt[1] + 14],
      [L.gt[0] - 4, L.gt[1] - 14],
      [ltTip[0] + 10, ltTip[1] + 2],
    ],
    7,
    4.5,
  );
  // Offsets (lateral +) from the shaft's axis; the linea lies a little lateral of the back's middle.
  const tuberosity = ridge(
    alongShaft([
      [9, -66],
      [6, -100],
      [2, -130],
    ]),
    5.5,
    3,
  );
  const spiral = ridge(
    [
      [ltTip[0] + 6, -76],
      ...alongShaft([
        [-7, -104],
        [-2, -130],
      ]),
    ],
    3,
    2.4,
  );
  const linea = ridge(
    alongShaft([
      [2, -125],
      [1, -200],
      [0, -290],
    ]),
    4.5,
    3.5,
  );
  const lateralLip = ridge(
    alongShaft([
      [1, -285],
      [7, -340],
      [16, -398],
    ]),
    3,
    2.6,
  );
  const medialLip = ridge(
    alongShaft([
      [-1, -285],
      [-7, -340],
      [-16, -398],
    ]),
    3,
    2.6,
  );
  return unionAll([bone, crest, tuberosity, spiral, linea, lateralLip, medialLip], 3);
}

const AXES = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];
