// Left femur SDF in the femur's local frame: origin at the femoral head centre, axes as the scene.
// Head seated in the acetabulum, neck (neck-shaft angle, anteversion), trochanters, shaft, condyles.
import { PELVIS } from './params.mjs';
import { add, bounded, ellipsoid, norm, roundCone, scale, smax, unionAll } from './sdf.mjs';
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
  const neck = roundCone(scale(L.neckDir, 12), L.neckBase, 14.5, 17);
  const gt = ellipsoid(L.gt, [15, 26, 19]);
  const gtTip = ellipsoid(L.gtTip, [10, 12, 11]);
  const lt = ellipsoid([L.neckBase[0] - 16, -60, -12], [8, 9, 8]);
  const crest = roundCone(add(L.gt, [-4, -6, -12]), [L.neckBase[0] - 14, -58, -10], 7, 6);
  const K = L.knee;
  const shaft = tube(
    [
      add(L.gt, [-14, 4, 2]),
      [L.neckBase[0] - 4, -90, 0],
      [L.neckBase[0] - 14, -200, 4],
      [K[0] + 24, -330, 6],
      [K[0] + 4, K[1] + 60, 4],
    ],
    (t) => {
      const r = 14.5 - 2.5 * Math.sin(Math.min(1, t * 1.2) * Math.PI) + 5 * Math.max(0, t - 0.75) * 4;
      return [r, r * 0.95];
    },
    [1, 0, 0],
  );
  const linea = tube(
    [
      [L.neckBase[0] - 7, -120, -10],
      [L.neckBase[0] - 15, -200, -7.5],
      [K[0] + 23, -320, -5.5],
    ],
    () => [4, 4],
    [1, 0, 0],
  );
  const metaphysis = ellipsoid(add(K, [0, 24, -3]), [30, 30, 19]);
  const medCond = ellipsoid(add(K, [-19, -2, -7]), [16, 20, 28]);
  const latCond = ellipsoid(add(K, [19, 0, -6]), [15, 19, 27]);
  const epiM = ellipsoid(add(K, [-26, 8, -6]), [7, 10, 10]);
  const epiL = ellipsoid(add(K, [26, 9, -6]), [6, 9, 9]);
  const bone = unionAll(
    [head, neck, gt, gtTip, lt, crest, shaft, linea, metaphysis, medCond, latCond, epiM, epiL],
    5,
  );
  const notch = ellipsoid(add(K, [0, -14, -18]), [7, 16, 18]);
  const groove = roundCone(add(K, [0, 24, 24]), add(K, [0, -6, 27]), 6, 6);
  const f = (x, y, z) => smax(smax(bone(x, y, z), -notch(x, y, z), 3), -groove(x, y, z), 3);
  return bounded(f, [K[0] / 2, K[1] / 2, 0], -K[1] / 2 + 60);
}
