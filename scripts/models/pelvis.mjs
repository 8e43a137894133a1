// Left hip bone (ilium + ischium + pubis) SDF in scene coordinates (mm); the right one is its mirror.
// Landmark positions are relative to the acetabulum centre H and the sacrum; see docs/MODEL.md.
import { acetabulum } from './acetabulum.mjs';
import { ALIGN, PELVIS } from './params.mjs';
import { surfaceRidge, withRidges } from './ridge.mjs';
import {
  add,
  bounded,
  capsule,
  cross,
  dot,
  ellipse2,
  ellipsoid,
  lerp3,
  mix,
  norm,
  orientedEllipsoid,
  polygon2,
  roundBox,
  roundCone,
  scale,
  smax,
  smin,
  smoothstep,
  sub,
  triangle,
  unionAll,
} from './sdf.mjs';
import { sampleSpline, tube } from './tube.mjs';

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
  /** The point of the wing's surface at height y and depth z (its lateral x), or `depth` mm under it. */
  const at = (y, z, depth = 0) => {
    const x = Cb[0] + Math.sqrt(Rb ** 2 - (y - Cb[1]) ** 2 - (z - Cb[2]) ** 2);
    return add(Cb, scale(norm(sub([x, y, z], Cb)), Rb - depth));
  };
  return { nOut, wingC, Rb, Cb, e1, e2, A, B, rim, at };
}

/** Landmarks of the left hip bone (scene mm). */
export function hipLandmarks() {
  const H = hipCentre();
  const w = wingGeometry(H);
  // Obturator foramen: an oval (~52 x 36) facing forward, down and out [GK].
  const obC = add(H, [-41, -37, 16.5]);
  const obN = norm([0.49, -0.57, 0.66]);
  const obL = norm(sub([63, -16, -60], scale(obN, dot([63, -16, -60], obN))));
  const obS = cross(obN, obL);
  const obturator = (x, y, z) => {
    const p = [x - obC[0], y - obC[1], z - obC[2]];
    return ellipse2(dot(p, obL), dot(p, obS), 26, 18);
  };
  // Pelvic brim on the inlet plane (promontory to the top of the symphysis, ~58 degrees to horizontal).
  const inletY = (z) => -11 - (z - 13) * 1.61;
  const brim = [
    [47, inletY(4), 4],
    [60, inletY(16), 16],
    [64, inletY(30), 30],
    [58, inletY(46), 46],
    [40, inletY(60), 60],
    [20, inletY(70), 70],
  ];
  return {
    H,
    asis: w.rim(198),
    tubercle: w.rim(145),
    crestTop: w.rim(100),
    crestPost: w.rim(50),
    psis: w.rim(6),
    piis: [47, H[1] + 58, H[2] - 70],
    notchApex: [70, H[1] + 26, H[2] - 50],
    spine: [47, H[1] - 19, H[2] - 49],
    tuberosity: [62, H[1] - 52, H[2] - 34],
    pubicTubercle: [22, H[1] - 6, H[2] + 48],
    symphysis: [5, H[1] - 24, H[2] + 50],
    brim,
    obturatorCentre: obC,
    obturatorNormal: obN,
    obturator,
  };
}

/**
 * The ischiopubic frame around the obturator foramen: one closed band (superior pubic ramus, pubic
 * body, inferior ramus, ischial ramus, ischial body), flattened in the plane of the foramen so it reads
 * as a plate of bone with a wide opening (foramen ~50 x 33 [GK]), not as rods.
 */
function obturatorFrame(P) {
  const { H } = P;
  const n = P.obturatorNormal;
  // [point, thickness half, width half] going round the foramen from the acetabulum forward
  const ring = [
    [add(H, [-14, -14, 16]), 9, 13],
    [add(H, [-30, -8, 32]), 7.5, 10], // superior ramus, iliopubic eminence
    [add(P.pubicTubercle, [4, -3, -4]), 7, 9.5],
    [add(P.symphysis, [12, 4, -4]), 6.5, 18], // pubic body
    [add(P.symphysis, [12, -14, -8]), 5.5, 9.5],
    // the ischiopubic ramus: a flat strap (about 18 x 8 [GK]), not a rod
    [add(P.symphysis, [27, -31, -24]), 3.8, 9.5], // inferior pubic ramus
    [add(P.tuberosity, [-14, -11, 24]), 4, 9.5], // ischial ramus
    [add(P.tuberosity, [-2, 0, 10]), 8, 11],
    [add(H, [-8, -36, -14]), 12, 13], // ischial body behind the foramen
    [add(H, [-10, -22, -2]), 10, 13],
  ];
  const pts = [...ring.map((r) => r[0]), ring[0][0], ring[1][0]];
  const w = [...ring, ring[0], ring[1]];
  const k = w.length - 1;
  const at = (t, i) => {
    const u = t * k;
    const j = Math.min(k - 1, Math.floor(u));
    return w[j][i] + (w[j + 1][i] - w[j][i]) * (u - j);
  };
  return tube(pts, (t) => [at(t, 1), at(t, 2)], n, 2);
}

/**
 * The three gluteal lines on the outer face of the wing, where the gluteal muscles arise [GK]: the
 * posterior one from the crest down to the sciatic notch in front of the PIIS, the anterior one arching
 * from the crest near the tubercle back across the wing and then down to the notch, the inferior one from
 * between the anterior spines back above the acetabulum. Faint ridges, seen in the raking light of a side
 * view.
 */
function glutealLines(bone, { nOut, rim, at }) {
  const below = (t, drop) => at(rim(t)[1] - drop, rim(t)[2] + 2);
  // Broad and low, so they read as swellings of the surface and not as scratches on it.
  const line = (points) => surfaceRidge(bone, points, scale(nOut, -1), 8, 1.6, 60);
  return [
    line([below(34, 10), at(-20, -37), at(-52, -34)]),
    line([below(150, 12), at(-8, 45), at(-13, 20), at(-20, 1), at(-33, -15), at(-55, -25)]),
    line([at(-56, 60), at(-66, 34), at(-70, 10), at(-74, -10)]),
  ];
}

/**
 * The pecten pubis: the sharp upper edge of the superior pubic ramus, carrying the pelvic brim on from the
 * iliopubic eminence to the pubic tubercle [GK]. Without it the ramus read as a round rod.
 */
function pectenPubis(bone, P) {
  const from = add(P.H, [-30, -8, 32]);
  const to = add(P.pubicTubercle, [5, 0, -4]);
  const path = [0, 0.25, 0.5, 0.75, 1].map((u) => lerp3(from, to, u));
  return surfaceRidge(bone, path, [0, -1, 0], 4, 2.6, 40);
}

/** The left acetabulum round the femoral head centred at H (scene mm): see acetabulum.mjs. */
export function hipSocket(H) {
  return acetabulum(H, PELVIS.headDiameter / 2 + PELVIS.cartilage, ACETABULUM_AXIS);
}

/**
 * How far (0..1) a point of the left hip bone (scene mm) lies on the pubic body's joint face at the
 * symphysis, which is covered by cartilage and joined to the other side by a fibrocartilage disc [GK].
 */
export function symphysealSurface(P) {
  return (x, y, z) => {
    const nearJoint = 1 - smoothstep(22, 28, Math.hypot(y - P.symphysis[1], z - P.symphysis[2]));
    return (1 - smoothstep(3, 5, x)) * nearJoint;
  };
}

/** Left hip bone SDF (scene mm). */
export function hipSDF() {
  const P = hipLandmarks();
  const { H } = P;
  const socket = hipSocket(H);
  // Iliac wing: a curved shell (part of a sphere centred medially: the concave iliac fossa inside,
  // the convex gluteal surface outside) inside an elliptical outline.
  const { nOut, wingC, Rb, Cb, e1, e2, A, B, rim: rimAt, at: wingAt } = wingGeometry(H);
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
    const out = (Math.sqrt(u * u + v * v) - 1) * 64;
    const edge = Math.max(0, Math.min(1, 1 + out / 22));
    const thick = 2.2 + 1.8 * edge ** 3; // under the crest's thinnest part, so no lip shows beyond it
    // keep the blade above the pelvic brim (the true pelvis below is walled by the acetabulum)
    const brim = -((x - 55) * 0.51 + (y - H[1] - 52) * 0.86);
    return smax(smax(Math.abs(r - Rb) - thick, out, 5), brim, 4);
  };
  // Crest: a thick rounded rim from ASIS over the tubercle to the PSIS.
  const crestPts = [];
  for (let t = 198; t >= 6; t -= 12) crestPts.push(rimAt(t));
  crestPts.push(P.psis);
  // It is thickest at the iliac tubercle, about a quarter of the way back, and again toward the PSIS, and
  // thinner between and at the ASIS [GK]: evenly thick, it read as a rolled rim.
  const bump = (t, at, width) => Math.exp(-(((t - at) / width) ** 2));
  const crest = tube(
    crestPts,
    (t) => [
      4.3 + Math.sin(t * Math.PI) + 3.5 * bump(t, 0.27, 0.1) + 2 * bump(t, 0.88, 0.14) - bump(t, 0, 0.08),
      3.8 + 2.2 * Math.sin(t * Math.PI) + 1.5 * bump(t, 0.27, 0.1) - 0.8 * bump(t, 0, 0.08),
    ],
    nOut,
  );
  // Posterior ilium: thick tuberosity and the auricular (sacroiliac) part, flat medially.
  const postIlium = ellipsoid([P.psis[0] + 16, P.psis[1] - 22, P.psis[2] + 22], [17, 32, 22]);
  const auricular = (x, y, z) => smax(postIlium(x, y, z), 51.5 - x, 3);
  auricular.b = postIlium.b;
  // Iliac tuberosity: the thick rough bone above and behind the auricular surface, up to the back of the
  // crest, facing in toward the sacrum and standing a little back from the joint surface. Without it the
  // back edge of the iliac fossa stood 4 cm proud of the thin wing behind it, with a pit at its top.
  const tuberosityMass = ellipsoid([P.psis[0] + 16, P.psis[1] + 13, P.psis[2] + 26], [13, 20, 22]);
  const iliacTuberosity = (x, y, z) => smax(tuberosityMass(x, y, z), 57 - x, 4);
  iliacTuberosity.b = tuberosityMass.b;
  // The two posterior spines stand out backward from the tuberosity, with a shallow notch between them
  // (the PSIS over the second sacral segment, the PIIS at the lower end of the joint) [GK].
  // Each is long along the border and low off it, so it reads as a blunt spine, not a ball set on the bone.
  // The PSIS is the larger, the one felt under the skin dimples; as large as the PIIS, it was lost in the
  // tuberosity and the PIIS alone read as the one posterior spine.
  const psisBump = ellipsoid(add(P.psis, [-1, -3, -3]), [9, 15, 9]);
  const piisBump = ellipsoid(add(P.piis, [2, 0, 0]), [4.5, 8, 4.5]);
  // Body of the ilium: one plate from the top of the acetabulum up into the wing and back to the
  // posterior border (PSIS, PIIS, the apex of the greater sciatic notch). The wing curves inward behind, so
  // without it the notch's border stood apart from the wing as a rod with a hole above it.
  // two points inside the greater sciatic notch's border, 5 mm in front of its profile (below, behindNotch)
  const notchEdge = [add(H, [-11, 36, -52]), add(H, [-10, 13, -26])];
  const bodyOutline = [
    add(H, [-2, 20, -6]),
    wingAt(-45, 15, 3),
    wingAt(-45, -20, 3),
    add(P.psis, [6, -6, 4]),
    P.piis,
    ...notchEdge,
  ];
  const bodyMiddle = scale(bodyOutline.reduce(add), 1 / bodyOutline.length);
  const iliumPlate = unionAll(
    bodyOutline.map((p, i) => triangle(bodyMiddle, p, bodyOutline[(i + 1) % bodyOutline.length], 5)),
    10,
  );
  // In the wing the plate is kept within 5 mm of the wing's curved shell: its flat faces, standing out of
  // the gluteal surface, showed there as facets. Lower down, over the acetabulum and the sciatic notch, it
  // is the bone's full thickness and is kept whole.
  const iliumBody = (x, y, z) => {
    const r = Math.sqrt((x - Cb[0]) ** 2 + (y - Cb[1]) ** 2 + (z - Cb[2]) ** 2);
    const margin = 5 + Math.max(0, H[1] + 50 - y);
    return smax(iliumPlate(x, y, z), r - Rb - margin, 6);
  };
  iliumBody.b = iliumPlate.b;
  // Pelvic brim (arcuate line to the pectineal line): a band of bone whose upper edge lies on the inlet
  // plane, walling the lesser pelvis from the sacroiliac joint to the pubis.
  const inletY = (z) => -11 - (z - 13) * 1.61;
  const brimLine = [
    [52, inletY(8) - 12, 8],
    [64, inletY(20) - 12, 20],
    [68, inletY(32) - 12, 32],
    [64, inletY(44) - 12, 44],
    [52, inletY(56) - 12, 56],
    [36, inletY(66) - 10, 64],
  ];
  const brim = tube(brimLine, () => [2.5, 3.5], [1, 0, 0]);
  // Floor of the iliac fossa: the wing curves down and inward to meet the brim. The wing's sphere stays
  // out at the side down to the acetabulum, so without this the brim stood in front of it as a loose arc.
  const fossaEdge = sampleSpline(brimLine.slice(0, 5), 6).p.filter((b) => b[2] <= 46);
  // Its upper edge lies inside the wing, 45 mm above the brim and 1.5 mm in from the wing's middle, so the
  // floor's outer face stays within the wing (no band on the gluteal side) and the floor meets the wing
  // steeply enough to be blended into one surface (below, wingAndFossa). Ending 24 mm above the brim and
  // in front of the wing, it stood out from the front as a flat slab with a ledge along its top.
  const fossaRim = fossaEdge.map((b) => wingAt(b[1] + 45, b[2], 1.5));
  // the floor sags outward and down between its edges, so it is a hollow and not a flat plank
  const fossaMid = fossaEdge.map((b, i) => add(scale(add(b, fossaRim[i]), 0.5), [10, -8, 0]));
  const strip = (a, b) =>
    a
      .slice(0, -1)
      .flatMap((p, i) => [triangle(p, a[i + 1], b[i], 3.5), triangle(a[i + 1], b[i + 1], b[i], 3.5)]);
  // Its back corner, above the brim's end at the sacroiliac joint, slopes back to the tuberosity, so the
  // rounded mass behind the joint does not show above the brim from the front.
  const corner = [53, fossaEdge[0][1] + 13, fossaEdge[0][2] - 14];
  const backCorner = [
    triangle(fossaEdge[0], fossaRim[0], corner, 3.5),
    triangle(corner, fossaRim[0], wingAt(corner[1] + 14, corner[2] - 6, 3), 3.5),
  ];
  const fossaFloor = unionAll(
    [...strip(fossaEdge, fossaMid), ...strip(fossaMid, fossaRim), ...backCorner],
    10,
  );
  // Wing and floor joined on a wide blend: the iliac fossa reads as one hollow from the crest to the brim.
  // Neither it nor the walls below pass the plane of the sacroiliac joint in front of the joint: the
  // floor's back corner stood 7 mm into the sacrum's ala there, a knob above the joint when the hip is
  // seen from inside. (Behind, z < -4, the plane gives way to the joint's own faces.)
  const jointPlane = (x, z) => 51.5 - Math.min(10, Math.max(0, (-4 - z) * 0.8)) - x;
  // Nor does it pass the wing's outer face: its flat triangles, cutting the chord of the curved wing,
  // stood up to 3 mm out of the gluteal surface as flat facets with creases between them.
  // The wide blend only on the fossa's side of the wing: on the gluteal side the floor's upper edge,
  // just under the surface, swelled the blend into a crease running down across the wing.
  const wingAndFossa = (x, y, z) => {
    const r = Math.sqrt((x - Cb[0]) ** 2 + (y - Cb[1]) ** 2 + (z - Cb[2]) ** 2);
    const floor = smax(smax(fossaFloor(x, y, z), jointPlane(x, z), 3), r - Rb - 1, 2);
    return smin(wing(x, y, z), floor, 12 - 10 * smoothstep(Rb - 3, Rb + 1, r));
  };
  // Below the front of the brim, the wall of the lesser pelvis down to the superior pubic ramus (the
  // pelvic face of the acetabulum and the pubis), so the brim there runs on bone and not over a gap.
  const ramus = [add(H, [-14, -14, 16]), add(H, [-30, -8, 32]), add(P.pubicTubercle, [4, -3, -4])];
  const [, , b2, b3, b4, b5] = brimLine;
  const pelvicWall = unionAll(
    [
      triangle(b2, b3, ramus[0], 3.5),
      triangle(b3, b4, ramus[0], 3.5),
      triangle(b4, ramus[1], ramus[0], 3.5),
      triangle(b4, b5, ramus[1], 3.5),
      triangle(b5, ramus[2], ramus[1], 3.5),
    ],
    6,
  );
  // Below the back of the brim, the wall of the lesser pelvis down to the acetabulum's pelvic face (the
  // upper quadrilateral surface), flush with the brim so the brim is the edge where the iliac fossa turns
  // into the pelvic wall. Without it the bone stood back 2 cm under the brim, which read as a loose rod.
  // A second layer further out fills the bone between this wall and the ilium behind it.
  // Its back edge runs down the front of the auricular surface, so no slit opens between them.
  const [b0, b1] = brimLine;
  const wallTop = [[55, b0[1] - 2, -6], add(b0, [2, 0, 0]), b1, b2];
  const wallFoot = [
    [65, H[1] + 34, -12],
    [66, H[1] + 27, -4],
    [60, H[1] + 21, 14],
    [59, H[1] + 17, 30],
  ];
  const wallFaces = (shift, r) =>
    wallTop.slice(0, -1).flatMap((p, i) => {
      const [t0, t1, f0, f1] = [p, wallTop[i + 1], wallFoot[i], wallFoot[i + 1]].map((q) => add(q, shift));
      return [triangle(t0, t1, f0, r), triangle(t1, f1, f0, r)];
    });
  const quadrilateralWall = unionAll([...wallFaces([0, 0, 0], 3.5), ...wallFaces([11, -6, 0], 6)], 6);
  // The brim joined to the walls on a wide blend, so it is their rounded edge and not a rod laid on them.
  const walls = unionAll([brim, unionAll([pelvicWall, quadrilateralWall], 6)], 10);
  // cut at the sacroiliac joint's plane as the fossa's floor is, behind the pubis (which crosses it)
  const innerWall = (x, y, z) => smax(walls(x, y, z), z < 30 ? jointPlane(x, z) : -1, 3);
  innerWall.b = walls.b;
  // Posterior border: PIIS, the deep greater sciatic notch, down to the ischial spine.
  const spineBase = add(P.spine, [14, -4, 14]);
  const notchBorder = tube(
    [P.piis, ...notchEdge, spineBase],
    // thin at the PIIS, so it is the plate's edge and not a peg on its back; thicker down at the spine
    (t) => [mix(4.5, 6.5, t), mix(4, 5.5, t)],
    [1, 0, 0],
  );
  // Posterior column: the thick plate between the notch, the acetabulum and the ischium. Kept close
  // behind the socket, so the greater sciatic notch above the spine is a deep curve and not filled in.
  const column = orientedEllipsoid(
    add(H, [-12, 6, -20]),
    [10, 34, 14],
    [norm([1, 0, 0.35]), [0, 1, 0], norm([-0.35, 0, 1])],
  );
  // AIIS: a blunt knob above the acetabulum, under the ASIS, with a notch in the border between them
  // (the wing's outline would otherwise run on straight from one spine to the other).
  const aiisC = add(H, [12, 38, 44]);
  const aiis = ellipsoid(aiisC, [6.5, 9.5, 7.5]);
  const antBorder = tube(
    [P.asis, add(lerp3(P.asis, aiisC, 0.5), [-2, 0, -10]), add(H, [10, 34, 30])],
    (t) => {
      const r = mix(6, 8.5, t);
      return [r, r];
    },
    [1, 0, 0],
  );
  const antNotch = ellipsoid(add(lerp3(P.asis, aiisC, 0.55), [0, 0, 10]), [14, 8, 12]);
  // Above the AIIS and back to the top of the acetabulum the bone is solid (where the rectus femoris's
  // reflected head lies): without this, the wing's lower edge met the AIIS in a dark crack.
  const supraAcetabular = capsule(add(aiisC, [0, 7, -6]), add(H, [7, 37, 5]), 8);
  // ASIS: the crest ends in front as a knob that points forward and a little down, the landmark a
  // clinician feels at the front of the hip, not as the thin end of the crest's tube.
  const asis = ellipsoid(add(P.asis, [-1, -5, 5]), [4, 6.5, 8]);
  // Ischium: tuberosity, the pointed ischial spine, and the frame of the obturator foramen.
  // Long and narrow, flattened from front to back where it meets the sacrotuberous ligament: rounder and
  // deeper, it hung below the ischium as a bulb.
  const tuber = orientedEllipsoid(
    P.tuberosity,
    [9.5, 21, 10.5],
    [[1, 0, 0], norm([0, 1, 0.35]), norm([0, -0.35, 1])],
  );
  // The ischial spine: a flat triangle on the back border, broad where it leaves the bone and pointing
  // back and in, as in the bone; a cone read as a thorn stuck into it.
  // A cone inside it makes it thick at the base and thin only toward its point, so it is not a fin.
  const spine = unionAll(
    [
      triangle(add(spineBase, [-1, 10, -1]), add(spineBase, [0, -9, 1]), add(P.spine, [1, 0, 1]), 3),
      roundCone(add(spineBase, [-2, 0, -2]), add(P.spine, [1, 0, 1]), 7, 2.5),
    ],
    4,
  );
  // Pubic tubercle: the small knob on the pubic crest, about 2 cm from the midline, where the inguinal
  // ligament ends [GK].
  const tubercle = ellipsoid(add(P.pubicTubercle, [0, 3, 5]), [6, 5, 6]);
  // Body of the ischium: the thick bone from under the back of the acetabulum down into the tuberosity,
  // so the tuberosity is its lower end and not an egg hanging on a neck.
  const ischium = roundCone(add(H, [-12, -26, -26]), add(P.tuberosity, [0, 8, 1]), 12, 11);
  const frame = obturatorFrame(P);
  // Pubic body: it reaches past the midline wall below, so its medial face is cut flat there and the two
  // bodies face each other across an even joint line, not an open slit between rounded ends.
  // It stands only a little proud of the rami in front, so it does not read as a block put on them.
  // Its joint face is an upright oval about 35 mm tall [GK]; rounded all over, it read as a knob.
  const pubBody = roundBox(add(P.symphysis, [2, -1, -2]), [7, 15, 7.5], 5.5, [
    [1, 0, 0],
    norm([0, 1, -0.25]),
    norm([0, 0.25, 1]),
  ]);
  const bone = unionAll(
    [
      socket.mass,
      wingAndFossa,
      crest,
      auricular,
      iliacTuberosity,
      iliumBody,
      innerWall,
      notchBorder,
      column,
      antBorder,
      tuber,
      ischium,
      frame,
      pubBody,
    ],
    5,
  );
  // The knobs, each joined with a blend of its own: the spines wider, so they grow out of the bone
  // instead of sitting on it as balls; the small pubic tubercle narrower, so the blend does not swallow it.
  const knobs = [
    [psisBump, 8],
    [piisBump, 8],
    [aiis, 7],
    [supraAcetabular, 6],
    [asis, 6],
    [tubercle, 4],
    // the ischial spine's blend wide enough to grow out of the border, small enough to keep its point
    [spine, 5],
  ];
  const spined = (x, y, z) => {
    let d = bone(x, y, z);
    for (const [knob, k] of knobs) d = smin(d, knob(x, y, z), k);
    return d;
  };
  spined.b = bone.b;
  const lined = withRidges(spined, [...glutealLines(spined, wingGeometry(H)), pectenPubis(spined, P)]);
  // Greater sciatic notch: everything behind its profile (height, depth) is cut away, through the whole
  // thickness of the border, from below the PIIS to above the ischial spine. Its deepest point lies level
  // with the top of the socket, about 3 cm in front of a line from the PIIS to the spine's tip (25-35 mm
  // [GK]); the parts that build the border alone left it 2 cm deep and flat-bottomed behind the socket.
  const [hy, hz] = [H[1], H[2]];
  const notchProfile = [
    [hy + 52, hz - 78],
    [hy + 45, hz - 70],
    [hy + 37, hz - 57],
    [hy + 29, hz - 45],
    [hy + 21, hz - 35],
    [hy + 14, hz - 31],
    [hy + 7, hz - 32],
    [hy, hz - 36],
    [hy - 7, hz - 42],
    [hy - 13, hz - 47],
    [hy - 13, hz - 120],
    [hy + 52, hz - 120],
  ];
  const behindNotch = polygon2(notchProfile);
  const lesserNotch = capsule(add(P.spine, [-20, -19, -5]), add(P.spine, [45, -19, -5]), 11);
  const f = (x, y, z) => {
    let d = smax(lined(x, y, z), -antNotch(x, y, z), 5);
    const { socket: sock, mouth } = socket.cut(x, y, z);
    d = smax(d, -sock, 2.5);
    // Lesser sciatic notch: the smooth hollow of the back border between the spine and the tuberosity,
    // where the obturator internus tendon turns round the bone.
    d = smax(d, -lesserNotch(x, y, z), 4);
    d = smax(d, -behindNotch(y, z), 4);
    d = smax(d, -mouth, 5);
    // Obturator foramen: an oval opening through the frame.
    d = smax(d, -P.obturator(x, y, z), 2.5);
    // Medial wall of the midline: nothing crosses the symphysis plane. The two pubic bodies' flat faces
    // meet at a 1.5 mm joint line, as the sacrum and ilium do: the model has no fibrocartilage disc of its
    // own, and the 5 mm gap of bare bone read as an open, broken ring.
    return smax(d, 0.75 - x, 1);
  };
  return bounded(f, add(H, [0, 40, 0]), 170);
}
