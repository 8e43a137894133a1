// Lumbar vertebra SDF in its local frame (mm): body, pedicles, laminae, spinous and transverse
// processes, superior and inferior articular processes whose facets meet the neighbours' facets.
import {
  add,
  bounded,
  clamp,
  cross,
  ellipse2,
  ellipsoid,
  ellipticCapsule,
  h2,
  norm,
  roundBox,
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
export function bodySDF(W, D, H, waist = 0.06) {
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

/**
 * Articular process: a plate whose flat face (centre F, outward normal n) is the facet surface. Its back
 * is flat too, with rounded edges, so from the side the process reads as a plate of bone, not a dome.
 * `root` (+1 below, -1 above, 0 neither) is the end that joins the arch: the plate is thickest there.
 */
export function facetPlate(F, n, halfW, halfH, thick, root = 0) {
  const up = norm(sub([0, 1, 0], scale(n, n[1])));
  const t = cross(n, up);
  const r = 2.2;
  return bounded(
    (x, y, z) => {
      const px = x - F[0];
      const py = y - F[1];
      const pz = z - F[2];
      const s = px * n[0] + py * n[1] + pz * n[2];
      const a = px * up[0] + py * up[1] + pz * up[2];
      const b = px * t[0] + py * t[1] + pz * t[2];
      const depth = thick * (1.3 - 0.35 * root * clamp(a / halfH, -1, 1));
      // A slab from `depth` behind the face to 2 mm past it, rounded; the face plane then cuts it flat.
      // Its flat face keeps nearly the full outline, so the cartilage on it lies flat and does not curl
      // over the rounded edge into a cup.
      const q = ellipse2(a, b, halfH, halfW) + 0.3 * r;
      const w = Math.abs(s + depth / 2 - 1) - (depth / 2 + 1) + r;
      const slab = h2(Math.max(q, 0), Math.max(w, 0)) + Math.min(Math.max(q, w), 0) - r;
      return smax(slab, s, 1.2);
    },
    F,
    Math.max(halfH, halfW, thick * 1.7),
  );
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
  /** Behind the pars: with the laminae and spinous process, the arch a pars defect sets loose. */
  const loose = [];
  for (const sx of [1, -1]) {
    const xa = sx * (canalW / 2 + pedW / 2);
    const a = [xa - sx * 6 * Math.tan(ang), yp, -D / 2 + 6];
    const b = [xa + sx * (Lp - 2) * Math.tan(ang), yp, -D / 2 - Lp + 2];
    pedicles.push(ellipticCapsule(a, b, pedW / 2, pedH / 2, [1, 0, 0]));
    // Lamina: from the pedicle's back end to the midline, tall, its lower edge further back than its
    // upper, so each lamina overlaps the one below from behind.
    const zLam = -D / 2 - canalAP - 3.2;
    const pb = [b[0] + sx * 1, yp - 2, b[2] - 2];
    const mid = [0, yp - 7, zLam];
    const dir = norm(sub(mid, pb));
    const up = norm([0, 1, 0.3]);
    const th = norm(cross(dir, up));
    const lamLen = Math.hypot(mid[0] - pb[0], mid[2] - pb[2]);
    laminae.push(roundBox(scale(add(pb, mid), 0.5), [lamLen / 2 + 0.5, 9.5, 3.2], 2.6, [dir, up, th]));
    // Transverse process: flattened front to back and tapering evenly to a blunt tip, slightly
    // backwards and (L5) upwards. Built in pieces it read as a string of beads.
    const base = [sx * (canalW / 2 + pedW * 0.8), yp + 1, -D / 2 - Lp + 3];
    const tipR = isL5 ? [5, 3.6] : [4, 2.2];
    const tipP = [sx * (tp / 2 - 0.8 - Math.min(...tipR)), yp + (isL5 ? 6 : 2), -D / 2 - Lp - 5];
    procs.push(ellipticCapsule(base, tipP, isL5 ? 8 : 6.5, isL5 ? 5 : 3.4, [0, 1, 0], tipR));
  }
  // Articular processes from the facet frames: the superior rises from the pedicle, the inferior hangs
  // from the lamina, and on each side a thick pillar (the pars interarticularis) joins the two.
  const facets = facetFrames(v, joints);
  const backs = {};
  for (const f of facets) {
    const sup = f.name.includes('superior');
    const side = f.name.endsWith('left') ? 1 : -1;
    const g = opt.facet ? opt.facet(f.name) : null;
    const grow = g ? g.grow : 1;
    const face = g ? add(f.centre, scale(f.normal, g.shift)) : f.centre;
    const plate = facetPlate(face, f.normal, 8.5 * grow, 9.5 * grow, 4.6 * grow, sup ? 1 : -1);
    procs.push(plate);
    if (!sup) loose.push(plate);
    const back = sub(face, scale(f.normal, 5.6 * grow));
    backs[`${sup ? 'sup' : 'inf'}${side}`] = back;
    if (!sup) continue;
    // The superior process rises from the pedicle as a plate as wide as its facet: on a round stem it
    // stood like a mushroom cap.
    const along = norm(cross(f.normal, [0, 1, 0]));
    const root = [side * (canalW / 2 + pedW * 0.55), yp, -D / 2 - Lp - 1];
    procs.push(ellipticCapsule(root, add(back, [0, -5, 0]), 7 * grow, 4.2 * grow, along));
    // Mammillary process: a low tubercle on the back edge of the superior process.
    const rear = along[2] < 0 ? along : scale(along, -1);
    procs.push(ellipsoid(add(face, add(scale(rear, 8 * grow), scale(f.normal, -2.5))), [2.6, 3.6, 2.6]));
  }
  for (const side of [1, -1]) {
    const [top, foot] = [backs[`sup${side}`], backs[`inf${side}`]];
    if (!top || !foot) continue;
    const pars = ellipticCapsule(add(top, [0, -4, 0]), add(foot, [0, 5, 0]), 5, 4, [1, 0, 0]);
    procs.push(pars);
    loose.push(pars);
  }
  // Spinous process: a hatchet-shaped midline plate whose back edge is thickened along its whole height;
  // ending in a rounded knob, from behind it read as an egg on a stalk.
  const zTip = D / 2 - tip;
  const spBase = [0, yp - 6, -D / 2 - canalAP - 5];
  const spEnd = [0, yp - 12, zTip + 4];
  const spDir = norm(sub(spEnd, spBase));
  const spUp = norm(cross([1, 0, 0], spDir));
  const spLen = Math.hypot(...sub(spEnd, spBase));
  const spAxes = [[1, 0, 0], spUp, spDir];
  const spinous = blend(
    roundBox(scale(add(spBase, spEnd), 0.5), [3, spH / 2 - 2, spLen / 2], 2.8, spAxes),
    roundBox(add(spEnd, scale(spDir, 0.8)), [4.4, spH / 2 - 1.5, 3.4], 3, spAxes),
    4,
  );
  const pedicleRoots = blend(pedicles[0], pedicles[1], 0);
  const arch = blend(pedicleRoots, blend(laminae[0], laminae[1], 6), 5);
  const post = unionAll([blend(arch, spinous, 6), ...procs], 3.5);
  const extra = opt.extra?.length ? unionAll(opt.extra, 0) : null;
  const canalZ = -D / 2 - canalAP / 2;
  const sdf = (x, y, z) => {
    // The pedicles flare onto the body on a wider blend than the rest of the arch.
    const d = smin(smin(body(x, y, z), pedicleRoots(x, y, z), 6), post(x, y, z), 4);
    // Keep the canal open: a smooth oval channel bounded by the pedicles and laminae.
    const canal = ellipse2(x, z - canalZ, canalW / 2, canalAP / 2);
    const carved = smax(d, -canal, 2.5);
    return extra ? smin(carved, extra(x, y, z), 2.5) : carved;
  };
  // The two halves a pars defect parts: the body with its pedicles, transverse and superior processes,
  // and the loose arch behind (laminae, spinous process, inferior processes, pars).
  const looseArch = unionAll([...laminae, spinous, ...loose], 0);
  const front = unionAll([body, ...pedicles, ...procs.filter((p) => !loose.includes(p))], 0);
  return { sdf, facets, landmarks: { yp, Lp }, halves: { front, arch: looseArch } };
}

/** Smooth union of two SDF functions. */
export function blend(a, b, k) {
  return unionAll([a, b], k);
}
