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
  // Intertrochanteric crest (behind) and line (in front) from the greater to the lesser trochanter.
  const crest = roundCone(add(L.gt, [-4, -4, -13]), add(ltTip, [4, 2, 2]), 7, 5);
  const line = roundCone(add(L.gt, [-6, 2, 10]), [L.neckBase[0] - 10, -68, 6], 4.5, 4);
  const K = L.knee;
  // Shaft with its forward bow (convex in front, Gray's).
  const shaft = tube(
    [
      add(L.gt, [-14, 4, 2]),
      [L.neckBase[0] - 4, -90, 0],
      [L.neckBase[0] - 14, -200, 7],
      [K[0] + 24, -330, 7],
      [K[0] + 4, K[1] + 44, 2],
    ],
    (t) => {
      const r = 14.5 - 2.5 * Math.sin(Math.min(1, t * 1.2) * Math.PI) + 5 * Math.max(0, t - 0.75) * 4;
      return [r, r * 0.95];
    },
    [1, 0, 0],
  );
  // Linea aspera: a ridge down the back of the shaft, splitting toward the knee.
  const linea = tube(
    [
      [L.neckBase[0] - 7, -120, -9],
      [L.neckBase[0] - 15, -200, -5],
      [K[0] + 23, -320, -4],
    ],
    () => [4.5, 3.2],
    [1, 0, 0],
  );
  // Distal femur: a broad block (epicondylar width ~80 [GK]) carrying two condyles that roll backwards.
  const metaphysis = ellipsoid(add(K, [0, 18, -4]), [37, 30, 23]);
  const medCond = orientedEllipsoid(add(K, [-20, -2, -8]), [14, 19, 28], AXES);
  const latCond = orientedEllipsoid(add(K, [20, -1, -7]), [14, 18, 27], AXES);
  const epiM = ellipsoid(add(K, [-31, 10, -6]), [7, 11, 11]);
  const epiL = ellipsoid(add(K, [30, 11, -6]), [6, 10, 10]);
  const bone = unionAll(
    [
      head,
      neck,
      neckBase,
      gt,
      gtTip,
      lt,
      crest,
      line,
      shaft,
      linea,
      metaphysis,
      medCond,
      latCond,
      epiM,
      epiL,
    ],
    5,
  );
  const notch = ellipsoid(add(K, [0, -10, -20]), [8, 18, 18]);
  const groove = roundCone(add(K, [0, 30, 25]), add(K, [0, -4, 24]), 8, 7);
  const foveaC = scale(norm([-0.7, -0.45, -0.2]), rHead + 2);
  const f = (x, y, z) => {
    let d = smax(smax(bone(x, y, z), -notch(x, y, z), 3), -groove(x, y, z), 3);
    // fovea capitis: the small pit on the head for the ligament of the head
    d = smax(d, 5 - Math.sqrt((x - foveaC[0]) ** 2 + (y - foveaC[1]) ** 2 + (z - foveaC[2]) ** 2), 1.5);
    return d;
  };
  return bounded(f, [K[0] / 2, K[1] / 2, 0], -K[1] / 2 + 60);
}

const AXES = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];
