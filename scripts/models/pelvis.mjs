// Left hip bone (ilium + ischium + pubis) SDF in scene coordinates (mm); the right one is its mirror.
// Landmark positions are relative to the acetabulum centre H and the sacrum; see docs/MODEL.md.
import { ALIGN, PELVIS } from './params.mjs';
import {
  add,
  bounded,
  cross,
  ellipsoid,
  norm,
  orientedEllipsoid,
  roundBox,
  roundCone,
  scale,
  smax,
  sub,
  unionAll,
} from './sdf.mjs';
import { tube } from './tube.mjs';

const RAD = Math.PI / 180;

/** Hip joint centre (left), scene mm: PT and the sacro-femoral distance place it below/in front of S1 (Labelle 2011). */
export function hipCentre() {
  const pt = ALIGN.pelvicTilt * RAD;
  return [ALIGN.hipHalfWidth, -ALIGN.sacroFemoral * Math.cos(pt), ALIGN.sacroFemoral * Math.sin(pt)];
}

/** Acetabulum opening axis (unit): lateral, inferior and anterior (inclination ~45, anteversion ~20 [GK]). */
export const ACETABULUM_AXIS = norm([1, -0.8, 0.42]);

/**
 * Iliac wing: a patch of a sphere (centre Cb, radius Rb) inside an ellipse (semi-axes A, B along e1, e2)
 * centred at wingC; the crest runs along its rim. Sized so the bicristal breadth is ~270 (Heinz 2003).
 */
export function wingGeometry(H) {
  const nOut = norm([0.84, -0.2, -0.5]);
  const wingC = [PELVIS.bicristal / 2 - 32, H[1] + 84, H[2] - 20];
  const Rb = 135;
  const Cb = sub(wingC, scale(nOut, Rb));
  const e1 = norm(cross([0, 1, 0], nOut));
  const e2 = cross(nOut, e1);
  const A = 90;
  const B = 66;
  /** Point on the rim at angle t (degrees; 0 = posterior end of e1, 90 = top, 180 = anterior). */
  const rim = (t) => {
    const a = (t * Math.PI) / 180;
    const q = add(wingC, add(scale(e1, A * Math.cos(a)), scale(e2, B * Math.sin(a))));
    return add(Cb, scale(norm(sub(q, Cb)), Rb));
  };
  return { nOut, wingC, Rb, Cb, e1, e2, A, B, rim };
}

/** Landmarks of the left hip bone (scene mm). */
export function hipLandmarks() {
  const H = hipCentre();
  const w = wingGeometry(H);
  return {
    H,
    asis: w.rim(198),
    tubercle: w.rim(145),
    crestTop: w.rim(100),
    crestPost: w.rim(50),
    psis: w.rim(6),
    piis: [47, H[1] + 58, H[2] - 70],
    notchApex: [70, H[1] + 26, H[2] - 50],
    spine: [44, H[1] - 19, H[2] - 49],
    tuberosity: [62, H[1] - 52, H[2] - 34],
    pubicTubercle: [22, H[1] - 6, H[2] + 48],
    symphysis: [5, H[1] - 24, H[2] + 50],
  };
}

/** Left hip bone SDF (scene mm). */
export function hipSDF() {
  const P = hipLandmarks();
  const { H } = P;
  const rSock = PELVIS.headDiameter / 2 + PELVIS.cartilage;
  const a = ACETABULUM_AXIS;
  // Acetabular mass around the socket.
  const acet = ellipsoid(add(H, [-7, 4, -3]), [30, 33, 31]);
  // Iliac wing: a curved shell (part of a sphere centred medially) inside an elliptical outline.
  const { nOut, wingC, Rb, Cb, e1, e2, A, B, rim: rimAt } = wingGeometry(H);
  const wing = (x, y, z) => {
    const dx = x - Cb[0];
    const dy = y - Cb[1];
    const dz = z - Cb[2];
    const r = Math.sqrt(dx * dx + dy * dy + dz * dz);
    const px = x - wingC[0];
    const py = y - wingC[1];
    const pz = z - wingC[2];
    const u = (px * e1[0] + py * e1[1] + pz * e1[2]) / A;
    const v = (px * e2[0] + py * e2[1] + pz * e2[2]) / B;
    const rim = (Math.sqrt(u * u + v * v) - 1) * 64;
    const edge = Math.max(0, Math.min(1, 1 + rim / 18));
    const thick = 2.6 + 3.2 * edge ** 3;
    // keep the blade above the pelvic brim (the true pelvis below is walled by the acetabulum)
    const brim = -((x - 55) * 0.51 + (y - H[1] - 52) * 0.86);
    return smax(smax(Math.abs(r - Rb) - thick, rim, 5), brim, 4);
  };
  // Crest: a thick rounded rim from ASIS over the tubercle to the PSIS.
  const crestPts = [];
  for (let t = 198; t >= 6; t -= 12) crestPts.push(rimAt(t));
  crestPts.push(P.psis);
  const crest = tube(
    crestPts,
    (t) => [5.5 + 2 * Math.sin(t * Math.PI), 4.8 + 2.4 * Math.sin(t * Math.PI)],
    nOut,
  );
  // Posterior ilium: thick tuberosity and the auricular (sacroiliac) part, flat medially.
  const postIlium = ellipsoid([P.psis[0] + 16, P.psis[1] - 22, P.psis[2] + 22], [17, 32, 22]);
  const auricular = (x, y, z) => smax(postIlium(x, y, z), 51.5 - x, 3);
  auricular.b = postIlium.b;
  const psisBump = ellipsoid(P.psis, [9, 12, 10]);
  const piisBump = ellipsoid(P.piis, [8, 10, 9]);
  // Body of the ilium from the acetabulum up to the wing, and the posterior border down to the notch.
  const iliumBody = roundCone(add(H, [-2, 20, -6]), add(wingC, [-8, -30, 0]), 22, 15);
  const notchBorder = tube(
    [P.piis, add(P.notchApex, [6, 10, -6]), add(H, [-8, 10, -24])],
    () => [9, 7],
    [1, 0, 0],
  );
  const aiis = ellipsoid(add(H, [12, 36, 36]), [8, 10, 9]);
  const antBorder = roundCone(P.asis, add(H, [10, 36, 30]), 7, 9);
  // Ischium with the tuberosity, ischial spine, and ischiopubic ramus.
  const ischium = roundCone(add(H, [-8, -16, -20]), P.tuberosity, 15, 12);
  const tuber = orientedEllipsoid(
    P.tuberosity,
    [11, 20, 13],
    [[1, 0, 0], norm([0, 1, 0.35]), norm([0, -0.35, 1])],
  );
  const spine = roundCone(add(P.spine, [12, 3, 8]), P.spine, 7, 3);
  const ramus = tube(
    [
      add(P.tuberosity, [0, -6, 6]),
      [45, P.tuberosity[1] - 2, H[2] + 8],
      [20, P.symphysis[1] - 22, P.symphysis[2] - 6],
      add(P.symphysis, [0, -14, 0]),
    ],
    (t) => [7.5 - 1.5 * t, 5.5],
    [0, 0, 1],
  );
  // Pubis: superior ramus to the body at the symphysis.
  const supRamus = tube(
    [add(H, [-10, 2, 20]), add(H, [-34, -4, 32]), P.pubicTubercle, add(P.symphysis, [1, 6, 0])],
    () => [9, 7.5],
    [0, 1, 0],
  );
  const pubBody = roundBox(add(P.symphysis, [2, -6, 0]), [6, 19, 8], 4.5, [
    [1, 0, 0],
    norm([0, 1, -0.25]),
    norm([0, 0.25, 1]),
  ]);
  const bone = unionAll(
    [
      acet,
      wing,
      crest,
      auricular,
      psisBump,
      piisBump,
      iliumBody,
      notchBorder,
      aiis,
      antBorder,
      ischium,
      tuber,
      spine,
      ramus,
      supRamus,
      pubBody,
    ],
    5,
  );
  const f = (x, y, z) => {
    let d = bone(x, y, z);
    // Socket for the femoral head, open along the acetabular axis.
    const px = x - H[0];
    const py = y - H[1];
    const pz = z - H[2];
    const sock = Math.sqrt(px * px + py * py + pz * pz) - rSock;
    const open = px * a[0] + py * a[1] + pz * a[2] - 4;
    d = smax(d, -sock, 1.2);
    d = smax(d, open, 2.5);
    // Medial wall of the midline: nothing crosses the symphysis plane.
    return smax(d, 1.5 - x, 1);
  };
  return bounded(f, add(H, [0, 40, 0]), 170);
}
