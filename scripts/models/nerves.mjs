// Thecal sac, spinal nerve roots with dorsal root ganglia, the sciatic and femoral nerves (scene mm, left side;
// the right side mirrors x). Paths are built from the bone frames so the roots pass through the foramina.
import { ROOT, SCIATIC } from './params.mjs';
import { bodyHalfDepth, sacralAxis } from './sacrum.mjs';
import { add, mix, smax, smoothstep } from './sdf.mjs';
import { dirToWorld, toWorld } from './skeleton.mjs';
import { sampleSpline, tube } from './tube.mjs';

const LUMBAR = ['L1', 'L2', 'L3', 'L4', 'L5'];
export const ROOT_NAMES = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'];

/** Canal centreline (world) from above L1 to S2, where the dural sac ends [GK]. */
export function canalLine(sk) {
  const pts = [];
  const l1 = sk.vertebrae.L1;
  pts.push(toWorld(l1.frame, [0, l1.H / 2 + 14, -l1.D / 2 - l1.canalAP / 2]));
  for (const n of LUMBAR) {
    const v = sk.vertebrae[n];
    for (const y of [v.H / 2, -v.H / 2]) pts.push(toWorld(v.frame, [0, y, -v.D / 2 - v.canalAP / 2 + 0.5]));
  }
  for (const s of [0, 14, 28, 40]) {
    const p = sacralAxis(s);
    pts.push(toWorld(sk.sacrum, [0, p[1], p[2] - 19]));
  }
  return pts;
}

/**
 * Thecal (dural) sac: fills the middle of the canal, tapering to its end at S2. Above, it is cut flat
 * level with the top of L1, where the model's column ends: a rounded cap there read as the sac's end.
 */
export function thecalSacSDF(sk) {
  const l1 = sk.vertebrae.L1;
  const cut = toWorld(l1.frame, [0, l1.H / 2 + 1, 0]);
  const up = dirToWorld(l1.frame, [0, 1, 0]);
  const sac = tube(
    canalLine(sk),
    (t) => {
      const a = mix(7.0, 8.4, Math.min(1, t / 0.75));
      const end = 1 - smoothstep(0.8, 1, t) * 0.7;
      return [a * end, 5.3 * (1 - smoothstep(0.82, 1, t) * 0.55)];
    },
    [1, 0, 0],
    2,
  );
  const f = (x, y, z) =>
    smax(sac(x, y, z), (x - cut[0]) * up[0] + (y - cut[1]) * up[1] + (z - cut[2]) * up[2], 0.8);
  f.b = sac.b;
  f.samples = sac.samples;
  return f;
}

/** Point where the L4-S3 roots converge into the sciatic nerve, in front of piriformis (left). */
export function plexusPoint(P) {
  return [P.H[0] - 21, P.H[1] - 3, P.H[2] - 49];
}

/**
 * Control points of one left root (world mm) and the index of its ganglion point.
 * @returns {{pts:number[][], drg:number}}
 */
export function rootPath(sk, name, P) {
  const C = plexusPoint(P);
  if (name.startsWith('L')) {
    const v = sk.vertebrae[name];
    const { D, H, canalW, pedW, pedH, canalAP } = v;
    const yp = H / 2 - pedH / 2 - 1.2;
    const W = (p) => toWorld(v.frame, p);
    const lower = sk.vertebrae[LUMBAR[LUMBAR.indexOf(name) + 1]];
    const pts = [
      // each starts inside the sac above its own level; L1's within the top of L1, where the sac is cut
      W([3, H / 2 + ({ L1: -2, L5: 10 }[name] ?? 5), -D / 2 - canalAP / 2]),
      W([canalW / 2 - 5.5, yp - 4, -D / 2 - 4.5]),
      W([canalW / 2 + pedW / 2 + 1.5, yp - pedH / 2 - 5.4, -D / 2 - 4.4]),
      W([canalW / 2 + pedW + 7, yp - pedH / 2 - 12, -D / 2 + 2]),
    ];
    if (name === 'L4' || name === 'L5') {
      const l5 = sk.vertebrae.L5;
      if (name === 'L4') pts.push(toWorld(l5.frame, [32, -2, 6]));
      pts.push(toWorld(sk.sacrum, [name === 'L4' ? 40 : 33, -7, 22]));
      pts.push(toWorld(sk.sacrum, [44, -36, 22]));
      pts.push(add(C, [-4, 16, 10]));
      pts.push(add(C, [2, 0, -2]));
    } else {
      const fw = toWorld(lower.frame, [canalW / 2 + pedW + 18, -6, 0]);
      if (name === 'L1') {
        // L1 goes on as the ilioinguinal nerve: out of psoas, across the back wall of the belly to the
        // iliac crest, forward inside the crest to the front spine, then along the groin to just above the
        // pubic tubercle, where it leaves the belly wall (Gray's Anatomy).
        const crest = add(P.crestTop, [-12, 18, 0]);
        pts.push(
          fw,
          add(fw, [14, -25, -3]),
          mix3(fw, crest, 0.62, [4, -6, -10]),
          crest,
          add(P.tubercle, [-16, 9, -6]),
          add(P.asis, [-15, 4, -8]),
          mix3(P.asis, P.pubicTubercle, 0.4, [0, 4, -3]),
          mix3(P.asis, P.pubicTubercle, 0.85, [0, 7, 1]),
        );
      } else {
        // L2 and L3 join (with a branch of L4) into the femoral nerve inside psoas, which lies beside the
        // bodies: from the side the roots stay over the bodies' middle, L2 outside L3 so they do not cross.
        const F0 = femoralStart(sk);
        if (name === 'L2') pts.push(fw, mix3(fw, F0, 0.5, [9, 0, 0]), add(F0, [2, 4, 0]));
        else pts.push(fw, F0);
      }
    }
    return { pts, drg: 2 };
  }
  const k = Number(name[1]) - 1;
  const sF = [26, 45, 62][k];
  const xf = [15, 13.5, 12][k];
  const sStart = [-8, 10, 28][k];
  const S = (x, s, dz) => {
    const a = sacralAxis(s);
    return toWorld(sk.sacrum, [x, a[1], a[2] + dz]);
  };
  const pts = [
    S(3, sStart, [-25, -19.5, -19][k]),
    S([10, 9, 8][k], (sStart + sF) / 2 - 2, -18),
    S(xf - 1, sF, -8),
    S(xf + 4, sF + 2, bodyHalfDepth(sF) + 4),
  ];
  pts.push(S(xf + 18, sF + 6, bodyHalfDepth(sF) + 9));
  pts.push(add(C, [-4, 8 - 6 * k, 8]));
  pts.push(add(C, [2, -2 * k, -2]));
  return { pts, drg: 2 };
}

/** `a + (b - a) * t`, moved by `off` (world mm). */
function mix3(a, b, t, off = [0, 0, 0]) {
  return a.map((v, i) => mix(v, b[i], t) + off[i]);
}

/** Where L2 and L3 meet to form the femoral nerve (left): inside psoas, beside the L5 body. */
function femoralStart(sk) {
  return toWorld(sk.vertebrae.L5.frame, [52, 15, 6]);
}

/**
 * Femoral nerve (left), L2-L4: down the groove between psoas and iliacus over the iliac fossa, under the
 * inguinal ligament a little outside its middle, then fanning out in the thigh: short branches to the
 * front thigh muscles and the long saphenous nerve down the inner thigh to the inner knee (Gray's
 * Anatomy; Moore, Clinically Oriented Anatomy). Over the fossa it keeps about 10-15 mm in front of the
 * bone, the iliacus muscle's thickness; under the ligament, in front of the hip joint.
 */
export function femoralSDF(sk, P, kneeWorld) {
  const { H } = P;
  const F0 = femoralStart(sk);
  const ligament = mix3(P.asis, P.pubicTubercle, 0.42, [0, -2, -8]);
  const division = add(H, [-3, 1, 55]);
  const trunkPts = [
    F0,
    add(F0, [6, -26, 2]),
    add(H, [-22, 87, 12]),
    add(H, [-15, 65, 23]),
    ligament,
    mix3(ligament, division, 0.5, [3, 0, 4]),
    division,
  ];
  const trunk = tube(trunkPts, (t) => [mix(2.6, 3.8, smoothstep(0, 0.7, t)), 2.4], [1, 0, 0], 2);
  const l4 = toWorld(sk.vertebrae.L5.frame, [32, -2, 6]);
  const twig = tube([l4, mix3(l4, trunkPts[1], 0.5, [0, 2, 4]), trunkPts[1]], () => [1.6, 1.6], [1, 0, 0], 2);
  const saphenous = [
    division,
    add(division, [-6, -44, 2]),
    add(H, [-19, -133, 43]),
    add(H, [-31, -223, 27]),
    add(H, [-49, -323, 13]),
    mix3(kneeWorld, H, 0.04, [-37, 0, -6]),
  ];
  const branchPts = [
    saphenous,
    [division, add(division, [16, -24, 8]), add(division, [34, -95, 2])],
    [division, add(division, [6, -29, 12]), add(division, [14, -105, 12])],
    [division, add(division, [-12, -19, 6]), add(division, [-24, -60, 2])],
  ];
  // Each branch thins out at its end, where it would divide into the muscle or skin it supplies; ended
  // at full width, the branches read as cut strands.
  const branches = branchPts.map((b, i) =>
    tube(
      b,
      (t) => {
        const end = 1 - 0.65 * smoothstep(0.8, 1, t);
        return i === 0 ? [1.9 * end, 1.6 * end] : [mix(2, 1.2, t) * end, mix(1.8, 1.1, t) * end];
      },
      [1, 0, 0],
      2,
    ),
  );
  const parts = [trunk, twig, ...branches];
  const f = (x, y, z) => Math.min(...parts.map((g) => g(x, y, z)));
  f.paths = [trunkPts, [l4, trunkPts[1]], ...branchPts];
  return f;
}

/** Root SDF: a thin tube with its dorsal root ganglion swelling (4-6 wide). */
export function rootSDF(sk, name, P) {
  const { pts, drg } = rootPath(sk, name, P);
  const sp = sampleSpline(pts, 2);
  // normalised position of the ganglion control point
  let best = 0;
  let bd = 1e9;
  sp.p.forEach((q, i) => {
    const d = Math.hypot(q[0] - pts[drg][0], q[1] - pts[drg][1], q[2] - pts[drg][2]);
    if (d < bd) {
      bd = d;
      best = sp.s[i];
    }
  });
  const big = name === 'L4' || name === 'L5' || name === 'S1' || name === 'S2';
  const r0 = ROOT.radius * (big ? 1.15 : 1);
  const f = tube(
    pts,
    (t) => {
      const u = ((t - best) * sp.length) / ROOT.drgHalfLength;
      const r = r0 + (ROOT.drgHalfWidth - r0) * Math.exp(-u * u) + (t > 0.85 && big ? (t - 0.85) * 8 : 0);
      // L1 ends free, in front of the iliac crest, where it would divide into the nerves of the groin: it
      // thins out there (cut off at full width, it read as an amputated stump). L2 and L3 end inside
      // the femoral nerve's start, so they keep their width.
      const end = name === 'L1' ? 1 - 0.65 * smoothstep(0.9, 1, t) : 1;
      return [r * end, r * end];
    },
    [1, 0, 0],
    1.5,
  );
  f.path = pts;
  f.drgT = best;
  return f;
}

/** Sciatic nerve (left): from the plexus below piriformis down the back of the thigh, dividing above the knee. */
export function sciaticSDF(P, femurKneeWorld) {
  const C = plexusPoint(P);
  const K = femurKneeWorld;
  const divY = K[1] + SCIATIC.divisionAboveKnee + 20;
  const trunk = [
    add(C, [-2, 3, 2]),
    add(C, [12, -10, -14]),
    add(C, [20, -28, -18]),
    add(C, [25, -55, -18]),
    [P.H[0] + 3, P.H[1] - 135, P.H[2] - 52],
    [mix(P.H[0], K[0], 0.55) + 8, mix(P.H[1], divY, 0.6), P.H[2] - 45],
    [K[0] + 12, divY, K[2] - 40],
  ];
  const main = tube(
    trunk,
    (t) => {
      const w = mix(SCIATIC.width / 2 + 0.4, SCIATIC.width / 2 - 1.5, t);
      const th = mix(SCIATIC.thickness / 2, 3.6, smoothstep(0.3, 1, t));
      return [w, th];
    },
    [1, 0, 0],
    2.5,
  );
  const last = trunk[trunk.length - 1];
  const tibial = tube(
    [add(last, [-2, 8, 0]), add(last, [-6, -50, 2]), [K[0] - 2, K[1] - 70, K[2] - 30]],
    (t) => [4.6 - t, 4.2 - t],
    [1, 0, 0],
    2.5,
  );
  const fibular = tube(
    [add(last, [2, 8, 0]), add(last, [14, -45, 6]), [K[0] + 44, K[1] - 60, K[2] - 10]],
    (t) => [3.6 - t * 0.8, 3.2 - t * 0.8],
    [1, 0, 0],
    2.5,
  );
  const f = (x, y, z) => Math.min(main(x, y, z), tibial(x, y, z), fibular(x, y, z));
  f.trunk = trunk;
  f.division = last;
  return f;
}
