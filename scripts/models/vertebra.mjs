// Lumbar vertebra SDF in its local frame (mm): body, pedicles, laminae, spinous and transverse
// processes, superior and inferior articular processes whose facets meet the neighbours' facets.
import {
  add,
  bounded,
  cross,
  ellipse2,
  ellipsoid,
  ellipticCapsule,
  norm,
  orientedEllipsoid,
  plane,
  roundBox,
  roundCone,
  scale,
  smax,
  smin,
  sub,
  unionAll,
} from './sdf.mjs';
import { dirToLocal, toLocal } from './skeleton.mjs';

const RAD = Math.PI / 180;

/**
 * Kidney-shaped footprint of a vertebral body or disc in the local XZ plane, scaled by s
 * (front at +D/2, flat slightly concave posterior wall at -D/2).
 */
export function footprint(W, D) {
  const b = (D / 2) * 1.12;
  const zc = D / 2 - b;
  return (x, z, s = 1) => {
    let fp = ellipse2(x / s, (z - zc) / s, W / 2, b) * s;
    fp = smax(fp, -(z + D / 2 + 1.2), 3); // flat posterior wall
    return smax(fp, -(Math.sqrt(x * x + (z + D / 2 + 70) ** 2) - 71.2), 2); // slight posterior concavity
  };
}

/** Vertebral body: waisted footprint extruded between flat endplates with rounded rims. */
export function bodySDF(W, D, H, waist = 0.035) {
  const fpf = footprint(W, D);
  return (x, y, z) => {
    const t = Math.min(1, (2 * y) / H) ** 2;
    const fp = fpf(x, z, 1 - waist * (1 - t));
    const hy = Math.abs(y) - H / 2;
    const r = 2.2;
    const a = fp + r;
    const c = hy + r;
    return Math.hypot(Math.max(a, 0), Math.max(c, 0)) + Math.min(Math.max(a, c), 0) - r;
  };
}

/** Articular process: a plate whose flat face (centre F, outward normal n) is the facet surface. */
export function facetPlate(F, n, halfW, halfH, thick) {
  const up = norm(sub([0, 1, 0], scale(n, n[1])));
  const t = cross(n, up);
  const e = orientedEllipsoid(sub(F, scale(n, thick * 0.55)), [thick, halfH, halfW], [n, up, t]);
  const face = plane(F, n);
  return bounded((x, y, z) => smax(e(x, y, z), face(x, y, z), 1.2), F, Math.max(halfH, halfW, thick));
}

/**
 * Facet frames (local) for one vertebra: superior facets from the joint above, inferior from below.
 * @returns {{name:string, centre:number[], normal:number[]}[]}
 */
export function facetFrames(v, joints) {
  const out = [];
  for (const j of joints) {
    if (j.lower === v.name) {
      const c = add(j.centre, scale(j.normal, -j.gap / 2));
      out.push({
        name: `facet_superior_${j.side}`,
        centre: toLocal(v.frame, c),
        normal: dirToLocal(v.frame, j.normal),
      });
    }
    if (j.upper === v.name) {
      const c = add(j.centre, scale(j.normal, j.gap / 2));
      const n = scale(j.normal, -1);
      out.push({
        name: `facet_inferior_${j.side}`,
        centre: toLocal(v.frame, c),
        normal: dirToLocal(v.frame, n),
      });
    }
  }
  return out;
}

/**
 * Vertebra SDF and its named landmarks.
 * @param {object} v vertebra params with frame
 * @param {object[]} joints facet joints (world)
 * @param {{facet?: (name:string)=>({grow:number, shift:number}|null), extra?: Function[]}} [opt] pathology options:
 *   enlarge a facet (and move its surface `shift` mm toward the joint) and add extra shapes (osteophytes)
 */
export function vertebraSDF(v, joints, opt = {}) {
  const { W, D, H, pedW, pedH, canalAP, canalW, tp, tip, spH } = v;
  const isL5 = v.name === 'L5';
  const body = bodySDF(W, D, H);
  // Pedicles: from the upper posterolateral body backwards, converging anteriorly.
  const yp = H / 2 - pedH / 2 - 1.2;
  const Lp = 15;
  const ang = v.pedAngle * RAD;
  const pedicles = [];
  const laminae = [];
  const procs = [];
  for (const sx of [1, -1]) {
    const xa = sx * (canalW / 2 + pedW / 2);
    const a = [xa - sx * 6 * Math.tan(ang), yp, -D / 2 + 6];
    const b = [xa + sx * (Lp - 2) * Math.tan(ang), yp, -D / 2 - Lp + 2];
    pedicles.push(ellipticCapsule(a, b, pedW / 2, pedH / 2, [1, 0, 0]));
    // Lamina: from the pedicle's back end to the midline, tall and sloping back-down.
    const zLam = -D / 2 - canalAP - 3.2;
    const pb = [b[0] + sx * 1, yp - 2, b[2] - 2];
    const mid = [0, yp - 7, zLam];
    const dir = norm(sub(mid, pb));
    const up = norm([0, 1, -0.35]);
    const th = norm(cross(dir, up));
    const lamLen = Math.hypot(mid[0] - pb[0], mid[2] - pb[2]);
    laminae.push(roundBox(scale(add(pb, mid), 0.5), [lamLen / 2 + 2, 11, 3.2], 2.6, [dir, up, th]));
    // Transverse process: flattened, tapering, slightly backwards and (L5) upwards.
    const base = [sx * (canalW / 2 + pedW * 0.8), yp + 1, -D / 2 - Lp + 3];
    const tipP = [sx * (tp / 2 - 4), yp + (isL5 ? 6 : 2), -D / 2 - Lp - 5];
    const midP = add(scale(base, 0.45), scale(tipP, 0.55));
    procs.push(ellipticCapsule(base, midP, isL5 ? 8 : 6.5, isL5 ? 6 : 4.2, [0, 1, 0]));
    procs.push(ellipticCapsule(midP, tipP, isL5 ? 6 : 4.5, isL5 ? 4.5 : 3.2, [0, 1, 0]));
    procs.push(ellipsoid(tipP, [3.2, isL5 ? 5 : 4, 3.2]));
  }
  // Articular processes from the facet frames.
  const facets = facetFrames(v, joints);
  for (const f of facets) {
    const sup = f.name.includes('superior');
    const side = f.name.endsWith('left') ? 1 : -1;
    const g = opt.facet ? opt.facet(f.name) : null;
    const grow = g ? g.grow : 1;
    const face = g ? add(f.centre, scale(f.normal, g.shift)) : f.centre;
    const plate = facetPlate(face, f.normal, 8.5 * grow, 9.5 * grow, 4.6 * grow);
    const back = sub(face, scale(f.normal, 5.6 * grow));
    // Column joining the process to the pedicle-lamina junction.
    const root = [side * (canalW / 2 + pedW * 0.55), yp - (sup ? 0 : 9), -D / 2 - Lp - 1];
    const colEnd = add(back, [0, sup ? -5 : 5, 0]);
    procs.push(blend(plate, roundCone(root, colEnd, 5.5, 4.6 * grow), 4));
    if (sup) procs.push(ellipsoid(add(back, [side * 3, 2, -4]), [4, 5, 4])); // mammillary process
  }
  // Spinous process: a tall midline plate ending in a bulbous tip.
  const zTip = D / 2 - tip;
  const spBase = [0, yp - 6, -D / 2 - canalAP - 5];
  const spEnd = [0, yp - 12, zTip + 4];
  const spDir = norm(sub(spEnd, spBase));
  const spUp = norm(cross([1, 0, 0], spDir));
  const spLen = Math.hypot(...sub(spEnd, spBase));
  const spinous = blend(
    roundBox(scale(add(spBase, spEnd), 0.5), [3.4, spH / 2 - 1, spLen / 2], 3.3, [[1, 0, 0], spUp, spDir]),
    ellipsoid(add(spEnd, scale(spDir, -1)), [4.6, spH / 2, 5.2]),
    4,
  );
  const arch = blend(blend(pedicles[0], pedicles[1], 0), blend(laminae[0], laminae[1], 6), 5);
  const post = unionAll([blend(arch, spinous, 6), ...procs], 3.5);
  const extra = opt.extra?.length ? unionAll(opt.extra, 0) : null;
  const canalZ = -D / 2 - canalAP / 2;
  const sdf = (x, y, z) => {
    const d = smin(body(x, y, z), post(x, y, z), 4);
    // Keep the canal open: a smooth oval channel bounded by the pedicles and laminae.
    const canal = ellipse2(x, z - canalZ, canalW / 2, canalAP / 2);
    const carved = smax(d, -canal, 2.5);
    return extra ? smin(carved, extra(x, y, z), 2.5) : carved;
  };
  return { sdf, facets, landmarks: { yp, Lp } };
}

/** Smooth union of two SDF functions. */
export function blend(a, b, k) {
  return unionAll([a, b], k);
}
