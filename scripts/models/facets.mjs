// Facet joint cartilage: the articular surface patch of each facet, a disc of the facet's flat face
// laid onto the bone and lifted by a thin cartilage layer, in the facet node's own frame (local +Z the
// facet's outward normal). Patches are small meshes: the app merges one level's patches into one draw.
import { sdfNormals } from './mesher.mjs';
import { project } from './sdf.mjs';

/** Patch radius (mm), inside the articular plate (8.5 x 9.5 half-axes), and cartilage lift (mm) [GK]. */
export const FACET_PATCH = { radius: 7.5, rings: 5, segments: 20, lift: 0.45 };

/** Rotate v by the unit quaternion q ([x, y, z, w]); `inverse` applies its conjugate. */
export function rotate(q, v, inverse = false) {
  const [qx, qy, qz] = inverse ? [-q[0], -q[1], -q[2]] : q;
  const w = q[3];
  const tx = 2 * (qy * v[2] - qz * v[1]);
  const ty = 2 * (qz * v[0] - qx * v[2]);
  const tz = 2 * (qx * v[1] - qy * v[0]);
  return [
    v[0] + w * tx + (qy * tz - qz * ty),
    v[1] + w * ty + (qz * tx - qx * tz),
    v[2] + w * tz + (qx * ty - qy * tx),
  ];
}

/**
 * The patch of one facet in its parent's local frame (mm): a polar grid on the facet plane, projected
 * onto the bone surface `sdf` and lifted along the surface normal.
 * @param {Function} sdf parent SDF (local mm) @param {{centre:number[]}} f facet frame @param {number[]} q its rotation
 */
export function facetPatch(sdf, f, q) {
  const { radius, rings, segments, lift } = FACET_PATCH;
  const pts = [[0, 0, 0]];
  for (let r = 1; r <= rings; r++)
    for (let s = 0; s < segments; s++) {
      const a = (2 * Math.PI * s) / segments;
      const rr = (radius * r) / rings;
      pts.push([rr * Math.cos(a), rr * Math.sin(a), 0]);
    }
  const positions = new Float32Array(pts.length * 3);
  pts.forEach((p, i) => {
    const w = rotate(q, p);
    const onBone = project(sdf, [w[0] + f.centre[0], w[1] + f.centre[1], w[2] + f.centre[2]], 8, 2);
    positions.set(onBone, i * 3);
  });
  const normals = sdfNormals(sdf, positions);
  for (let i = 0; i < positions.length; i++) positions[i] += normals[i] * lift;
  const indices = [];
  for (let s = 0; s < segments; s++) indices.push(0, 1 + s, 1 + ((s + 1) % segments));
  for (let r = 1; r < rings; r++)
    for (let s = 0; s < segments; s++) {
      const a = 1 + (r - 1) * segments + s;
      const b = 1 + (r - 1) * segments + ((s + 1) % segments);
      const c = a + segments;
      const d = b + segments;
      indices.push(a, c, d, a, d, b);
    }
  return { positions, normals, indices: Uint32Array.from(indices), lift };
}

/** A mesh (positions, normals, morph deltas) moved from the parent frame into the facet node's frame. */
export function toFacetFrame(mesh, f, q) {
  const positions = new Float32Array(mesh.positions.length);
  const normals = new Float32Array(mesh.normals.length);
  for (let i = 0; i < positions.length; i += 3) {
    const p = [
      mesh.positions[i] - f.centre[0],
      mesh.positions[i + 1] - f.centre[1],
      mesh.positions[i + 2] - f.centre[2],
    ];
    positions.set(rotate(q, p, true), i);
    normals.set(rotate(q, [mesh.normals[i], mesh.normals[i + 1], mesh.normals[i + 2]], true), i);
  }
  const turn = (a) => {
    if (!a) return a;
    const out = new Float32Array(a.length);
    for (let i = 0; i < a.length; i += 3) out.set(rotate(q, [a[i], a[i + 1], a[i + 2]], true), i);
    return out;
  };
  const targets = (mesh.targets || []).map((t) => ({ ...t, dpos: turn(t.dpos), dnorm: turn(t.dnorm) }));
  return { ...mesh, positions, normals, targets };
}
