// Left femur SDF in the femur's local frame: origin at the femoral head centre, axes as the scene.
// Head seated in the acetabulum, neck (neck-shaft angle, anteversion), trochanters, shaft, condyles.
import { PELVIS } from './params.mjs';
import { surfaceRidge, withRidges } from './ridge.mjs';
import {
  add,
  bounded,
  dot,
  ellipsoid,
  ellipticCapsule,
  norm,
  orientedEllipsoid,
  roundBox,
  roundCone,
  scale,
  smax,
  smin,
  smoothstep,
  unionAll,
} from './sdf.mjs';
import { tube } from './tube.mjs';

const RAD = Math.PI / 180;

/** Femur landmarks relative to the head centre (mm). */
export function femurLandmarks(H) {
  const knee = [PELVIS.kneeHalfWidth - H[0], -PELVIS.femurLength + 18, 2];
  const gtLateral = PELVIS.bitrochanteric / 2 - H[0];
  const gt = [gtLateral - 15, -20, -8];
  // The shaft's axis: from under the greater trochanter, through its lower third, to above the knee.
  const shaftTop = add(gt, [-14, 4, 2]);
  const lowerShaft = [knee[0] + 24, -330, 10];
  const shaftBottom = add(knee, [4, 44, 2]);
  // The neck-shaft angle lies between the neck and the shaft's axis, which leans in toward the knee
  // (about 9 degrees here), not between the neck and the vertical: so the neck is tilted by that lean.
  const lean = Math.atan2(shaftTop[0] - lowerShaft[0], shaftTop[1] - lowerShaft[1]);
  const ns = (PELVIS.neckShaftAngle - 90) * RAD + lean;
  const av = PELVIS.anteversion * RAD;
  const neckDir = norm([Math.cos(ns) * Math.cos(av), -Math.sin(ns), -Math.cos(ns) * Math.sin(av)]);
  return {
    neckDir,
    neckBase: scale(neckDir, 44),
    knee,
    gt,
    gtTip: [gtLateral - 20, 6, -12],
    shaftTop,
    lowerShaft,
    shaftBottom,
  };
}

// the fovea capitis: the pit on the head, below and behind its centre, for the ligament of the head [GK]
const FOVEA_DIR = norm([-0.7, -0.45, -0.2]);

/**
 * How far (0..1) a point of the left femur (local mm) lies on the head's cartilage: the head's surface
 * from the fovea's rim out to the head-neck junction, about 45 degrees round from the neck's axis, where
 * the neck meets the sphere.
 */
export function femoralHeadCartilage(H) {
  const { neckDir } = femurLandmarks(H);
  const rHead = PELVIS.headDiameter / 2;
  return (x, y, z) => {
    const r = Math.hypot(x, y, z);
    const u = [x / Math.max(r, 1e-6), y / Math.max(r, 1e-6), z / Math.max(r, 1e-6)];
    const onHead = 1 - smoothstep(0.8, 2, Math.abs(r - rHead));
    const offNeck = 1 - smoothstep(0.62, 0.72, dot(u, neckDir));
    const offFovea = smoothstep(0.955, 0.945, dot(u, FOVEA_DIR));
    return onHead * offNeck * offFovea;
  };
}

/** Left femur SDF (local mm). */
export function femurSDF(H) {
  const L = femurLandmarks(H);
  const rHead = PELVIS.headDiameter / 2;
  const head = ellipsoid([0, 0, 0], [rHead, rHead, rHead]);
  // Neck: waisted, flattened front to back, widening into the trochanteric region.
  const neck = ellipticCapsule(scale(L.neckDir, 10), L.neckBase, 15.5, 12.5, [0, 1, 0]);
  // Its base flares into the trochanters some way out from the head, so the waist shows as a neck about
  // 3 cm long between the head and the intertrochanteric line [GK].
  const neckBase = ellipsoid(add(L.neckBase, [4, -11, -2]), [14, 23, 14]);
  // Greater trochanter: a squarish block lateral and behind the neck, its upper border at about the level
  // of the head's centre and its tip curving back and in over the trochanteric fossa. Its lateral face
  // runs on down into the shaft (the flare), not a knob standing off it.
  const tilt = [norm([1, -0.15, 0]), norm([0.15, 1, 0]), [0, 0, 1]];
  const gt = roundBox(add(L.gt, [1, 0, -1]), [12, 22, 15], 11, tilt);
  const gtTip = orientedEllipsoid(add(L.gtTip, [-1, -3, -3]), [8, 8, 8], tilt);
  // it narrows as it runs down into the shaft, so it sinks into it instead of ending on a ledge
  const flare = roundCone(add(L.gt, [-2, -18, 2]), [L.neckBase[0] - 6, -130, 3], 14, 8);
  // Lesser trochanter: a blunt cone with a broad base at the back and inner side of the neck-shaft
  // junction, pointing back and in [GK]; its rounded apex (13 mm across) keeps it a knob, and its broad
  // base (26 mm) a cone growing from the bone, not a peg.
  const ltBase = [L.neckBase[0] - 5, -58, -4];
  const ltTip = [L.neckBase[0] - 24, -69, -23]; // the crest below ends on it
  // A second cone from lower on the shaft makes the base long up and down, so it reads as a pyramid on the
  // shaft's back and not as a ball on a stalk.
  const ltCones = [roundCone(ltBase, ltTip, 13, 6.5), roundCone(add(ltBase, [2, -16, 2]), ltTip, 10, 6.5)];
  const lt = unionAll(ltCones, 6);
  // From the greater to the lesser trochanter: the intertrochanteric line in front, low, and behind the
  // crest, a thick rounded ridge curving down and in [GK].
  const line = roundCone(add(L.gt, [-6, 2, 12]), [L.neckBase[0] - 8, -66, 7], 6, 2.5);
  const crest = tube(
    [add(L.gtTip, [2, -8, -8]), add(L.gt, [-14, -16, -14]), add(ltTip, [8, 6, 3])],
    (t) => [8 - 2 * t, 6.5 - 1.5 * t],
    [0, 0, 1],
  );
  const K = L.knee;
  // Shaft with its forward bow (convex in front, Gray's).
  const axis = [
    L.shaftTop,
    [L.neckBase[0] - 4, -90, 1],
    [L.neckBase[0] - 14, -200, 14],
    L.lowerShaft,
    L.shaftBottom,
  ];
  const shaft = tube(
    axis,
    (t) => {
      const r = 14.5 - 2.5 * Math.sin(Math.min(1, t * 1.2) * Math.PI) + 5 * Math.max(0, t - 0.75) * 4;
      return [r, r * 0.95];
    },
    [1, 0, 0],
  );
  // Distal femur (epicondylar width ~80 [GK]): a wide block that carries in front the two lips of the
  // patellar groove (the lateral one higher) and below and behind two condyles that roll backwards past
  // the shaft like wheels, with the intercondylar notch between them.
  const metaphysis = roundBox(add(K, [0, 14, -4]), [33, 18, 19], 13);
  const medCond = orientedEllipsoid(add(K, [-21, -3, -10]), [13, 20, 30], AXES);
  const latCond = orientedEllipsoid(add(K, [20, -2, -9]), [14, 19, 29], AXES);
  // The lips reach down over the front of the condyles, so from the front the end of the bone is one
  // broad block with a groove, not two round lobes.
  const latLip = ellipsoid(add(K, [17, 8, 11]), [13, 24, 12]);
  const medLip = ellipsoid(add(K, [-16, 3, 10]), [13, 21, 11]);
  // one block across the front between them, so the end of the bone is a broad trapezoid, not two lobes
  const patellar = roundBox(add(K, [0, 6, 8]), [24, 18, 13], 9);
  const epiM = ellipsoid(add(K, [-31, 10, -6]), [7, 11, 11]);
  const epiL = ellipsoid(add(K, [30, 11, -6]), [6, 10, 10]);
  const body = unionAll(
    [head, neck, neckBase, flare, line, crest, shaft, medCond, latCond, latLip, medLip, patellar, epiM, epiL],
    5,
  );
  // Wider blends, so the trochanters grow out of the bone instead of sitting on it.
  // The distal block too, so the shaft widens into it instead of standing on a shelf.
  const bone = (x, y, z) => {
    const d = smin(smin(smin(body(x, y, z), gt(x, y, z), 14), gtTip(x, y, z), 7), lt(x, y, z), 8);
    return y < K[1] + 90 ? smin(d, metaphysis(x, y, z), 16) : d;
  };
  const ridged = backRidges(bone, ltTip, axis);
  const notch = ellipsoid(add(K, [0, -10, -20]), [8, 18, 18]);
  // The patellar groove: a shallow V between the lips, its two facets sloping 21 degrees (a sulcus angle
  // of about 138 [GK]), ending above the condyles; running on down between them, it split the end of the
  // bone in two, and cut as a round channel it read as a box-shaped slot.
  const slope = Math.tan(21 * RAD);
  // Its floor is rounded (not a crease) and rises upward, so it fades into the shaft instead of ending in a pit.
  const groove = (x, y, z) => {
    const floor = K[2] + 17 + 0.5 * Math.max(0, y - K[1] - 22);
    const wedge = (floor + Math.sqrt((x - K[0]) ** 2 + 16) * slope - z) * Math.cos(21 * RAD);
    return smax(wedge, K[1] + 2 - y, 6);
  };
  const foveaC = scale(FOVEA_DIR, rHead + 4);
  const f = (x, y, z) => {
    let d = smax(smax(ridged(x, y, z), -notch(x, y, z), 3), -groove(x, y, z), 3);
    // fovea capitis: the pit, about 1 cm across, on the head for the ligament of the head
    d = smax(d, 7 - Math.sqrt((x - foveaC[0]) ** 2 + (y - foveaC[1]) ** 2 + (z - foveaC[2]) ** 2), 1.5);
    return d;
  };
  return bounded(f, [K[0] / 2, K[1] / 2, 0], -K[1] / 2 + 60);
}

/**
 * The ridges on the back of the femur where muscles hold on, laid on the surface of `bone` so that each
 * stands out by its own height wherever the bone's curve puts it [GK]:
 * - the linea aspera down the middle third of the shaft, which parts above into the gluteal tuberosity
 *   (out, toward the greater trochanter) and the spiral line (in, toward the lesser), and below into the
 *   two supracondylar lines, toward the epicondyles.
 * Each path is given by (x, y) points; `surfaceRidge` finds z where a ray from behind meets the bone.
 */
function backRidges(bone, ltTip, axis) {
  // Sideways offsets along the shaft are from its axis: x of the axis at height y, between its points.
  // Below its last point the last segment is carried on.
  const axisX = (y) => {
    const end = axis.findIndex((p, j) => j > 0 && p[1] <= y);
    const [a, b] = [axis.at(end === -1 ? -2 : end - 1), axis.at(end)];
    return a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]);
  };
  const alongShaft = (path) => path.map(([dx, y]) => [axisX(y) + dx, y]);
  // Looked at from behind: each (x, y) is moved forward onto the bone.
  const ridge = (path, width, height) =>
    surfaceRidge(
      bone,
      path.map(([x, y]) => [x, y, 0]),
      [0, 0, 1],
      width,
      height,
    );
  // Offsets (lateral +) from the shaft's axis; the linea lies a little lateral of the back's middle.
  const tuberosity = ridge(
    alongShaft([
      [9, -66],
      [6, -100],
      [2, -130],
    ]),
    8,
    3,
  );
  const spiral = ridge(
    [
      [ltTip[0] + 9, -76],
      ...alongShaft([
        [-7, -104],
        [-2, -130],
      ]),
    ],
    5,
    2,
  );
  // the linea aspera, the highest of them: a rough crest a few millimetres proud down the back [GK]
  const linea = ridge(
    alongShaft([
      [2, -125],
      [1, -200],
      [0, -290],
    ]),
    8,
    6,
  );
  const lateralLip = ridge(
    alongShaft([
      [1, -285],
      [7, -340],
      [16, -398],
    ]),
    6,
    2,
  );
  const medialLip = ridge(
    alongShaft([
      [-1, -285],
      [-7, -340],
      [-16, -398],
    ]),
    6,
    2,
  );
  return withRidges(bone, [tuberosity, spiral, linea, lateralLip, medialLip]);
}

const AXES = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];
