// Baked ambient occlusion: sample the whole-scene SDF along each vertex normal (Quilez-style),
// written as a greyscale vertex colour so crevices read with depth.
import { dirToWorld, toLocal, toWorld } from './skeleton.mjs';

/**
 * A world-space scene SDF made of placed structures.
 * @param {{sdf:Function, frame:object, mirror:boolean, sphere:number[]}[]} items sphere: local [cx,cy,cz,r]
 */
export function sceneSDF(items) {
  return (p, maxD) => {
    let d = maxD;
    for (const it of items) {
      let q = toLocal(it.frame, p);
      if (it.mirror) q = [-q[0], q[1], q[2]];
      const s = it.sphere;
      const lb = Math.sqrt((q[0] - s[0]) ** 2 + (q[1] - s[1]) ** 2 + (q[2] - s[2]) ** 2) - s[3];
      if (lb >= d) continue;
      const v = it.sdf(q[0], q[1], q[2]);
      if (v < d) d = v;
    }
    return d;
  };
}

/** Local bounding sphere of a vertex array (mm). */
export function boundingSphere(pos) {
  const lo = [1e9, 1e9, 1e9];
  const hi = [-1e9, -1e9, -1e9];
  for (let i = 0; i < pos.length; i += 3)
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k], pos[i + k]);
      hi[k] = Math.max(hi[k], pos[i + k]);
    }
  const c = lo.map((v, k) => (v + hi[k]) / 2);
  let r = 0;
  for (let i = 0; i < pos.length; i += 3)
    r = Math.max(r, Math.hypot(pos[i] - c[0], pos[i + 1] - c[1], pos[i + 2] - c[2]));
  return [...c, r + 1];
}

const STEPS = [1.5, 3.5, 7, 12, 20];
const WEIGHTS = [0.3, 0.26, 0.2, 0.14, 0.1];

/**
 * Ambient occlusion per vertex (0 dark .. 1 open), mapped to a grey level in [0.3, 1].
 * @param {Float32Array} pos local positions (mm) @param {Float32Array} nrm local normals
 * @param {object} frame node frame @param {Function} scene world SDF
 */
export function bakeAO(pos, nrm, frame, scene) {
  const out = new Float32Array(pos.length / 3);
  for (let i = 0; i < out.length; i++) {
    const p = toWorld(frame, [pos[i * 3], pos[i * 3 + 1], pos[i * 3 + 2]]);
    const n = dirToWorld(frame, [nrm[i * 3], nrm[i * 3 + 1], nrm[i * 3 + 2]]);
    let occ = 0;
    for (let k = 0; k < STEPS.length; k++) {
      const h = STEPS[k];
      const d = scene([p[0] + n[0] * h, p[1] + n[1] * h, p[2] + n[2] * h], h);
      occ += (WEIGHTS[k] * Math.max(0, h - d)) / h;
    }
    const ao = Math.max(0, Math.min(1, 1 - 1.25 * occ));
    out[i] = Math.round((0.3 + 0.7 * ao) * 255) / 255;
  }
  return out;
}
