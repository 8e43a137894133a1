// Surface nets on a narrow-band grid, Newton projection onto the surface, meshoptimizer simplification,
// and smooth normals from the SDF gradient.
import { MeshoptSimplifier } from 'meshoptimizer';
import { gradient, project } from './sdf.mjs';

const BLOCK = 8;

/**
 * Sample f on a grid over [lo, hi] (padded) with spacing h, skipping blocks far from the surface.
 * @returns {{v: Float32Array, nx:number, ny:number, nz:number, o:number[], h:number}}
 */
function sampleGrid(f, lo, hi, h) {
  const o = [lo[0] - 2 * h, lo[1] - 2 * h, lo[2] - 2 * h];
  const nx = Math.ceil((hi[0] - lo[0]) / h) + 5;
  const ny = Math.ceil((hi[1] - lo[1]) / h) + 5;
  const nz = Math.ceil((hi[2] - lo[2]) / h) + 5;
  const v = new Float32Array(nx * ny * nz);
  const half = (Math.sqrt(3) * (BLOCK - 1) * h) / 2;
  for (let bk = 0; bk < nz; bk += BLOCK) {
    const k1 = Math.min(bk + BLOCK, nz);
    for (let bj = 0; bj < ny; bj += BLOCK) {
      const j1 = Math.min(bj + BLOCK, ny);
      for (let bi = 0; bi < nx; bi += BLOCK) {
        const i1 = Math.min(bi + BLOCK, nx);
        const cx = o[0] + ((bi + i1 - 1) / 2) * h;
        const cy = o[1] + ((bj + j1 - 1) / 2) * h;
        const cz = o[2] + ((bk + k1 - 1) / 2) * h;
        const dc = f(cx, cy, cz);
        const far = Math.abs(dc) > half * 1.25 + 2 * h;
        for (let k = bk; k < k1; k++) {
          for (let j = bj; j < j1; j++) {
            let idx = (k * ny + j) * nx + bi;
            for (let i = bi; i < i1; i++, idx++) {
              v[idx] = far ? dc : f(o[0] + i * h, o[1] + j * h, o[2] + k * h);
            }
          }
        }
      }
    }
  }
  // Force the outer shell outside so every surface closes.
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++)
        if (i === 0 || j === 0 || k === 0 || i === nx - 1 || j === ny - 1 || k === nz - 1) {
          const idx = (k * ny + j) * nx + i;
          if (v[idx] <= 0) v[idx] = h;
        }
  return { v, nx, ny, nz, o, h };
}

/**
 * Extract a closed triangle mesh of the zero set of f inside [lo, hi].
 * @param {(x:number,y:number,z:number)=>number} f signed distance (mm)
 * @param {number[]} lo @param {number[]} hi bounds (mm) @param {number} h voxel size (mm)
 */
export function surfaceNets(f, lo, hi, h) {
  const { v, nx, ny, nz, o } = sampleGrid(f, lo, hi, h);
  const cx = nx - 1;
  const cy = ny - 1;
  const cell = new Int32Array(cx * cy * (nz - 1)).fill(-1);
  const pos = [];
  const corner = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 1],
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ];
  const edges = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ];
  const val = new Float64Array(8);
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const q = corner[c];
          val[c] = v[((k + q[2]) * ny + j + q[1]) * nx + i + q[0]];
          if (val[c] < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let cnt = 0;
        for (const [a, b] of edges) {
          if (val[a] < 0 === val[b] < 0) continue;
          const t = val[a] / (val[a] - val[b]);
          const A = corner[a];
          const B = corner[b];
          sx += A[0] + (B[0] - A[0]) * t;
          sy += A[1] + (B[1] - A[1]) * t;
          sz += A[2] + (B[2] - A[2]) * t;
          cnt++;
        }
        cell[(k * cy + j) * cx + i] = pos.length / 3;
        pos.push(o[0] + (i + sx / cnt) * h, o[1] + (j + sy / cnt) * h, o[2] + (k + sz / cnt) * h);
      }
    }
  }
  const tris = [];
  const quad = (a, b, c, d, flip) => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    if (flip) [b, d] = [d, b];
    // split along the shorter diagonal
    const dac = dist2(pos, a, c);
    const dbd = dist2(pos, b, d);
    if (dac <= dbd) tris.push(a, b, c, a, c, d);
    else tris.push(a, b, d, b, c, d);
  };
  const C = (i, j, k) => cell[(k * cy + j) * cx + i];
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        const v0 = v[(k * ny + j) * nx + i] < 0;
        if (v0 !== v[(k * ny + j) * nx + i + 1] < 0) {
          quad(C(i, j - 1, k - 1), C(i, j, k - 1), C(i, j, k), C(i, j - 1, k), !v0);
        }
      }
    }
  }
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const v0 = v[(k * ny + j) * nx + i] < 0;
        if (v0 !== v[(k * ny + j + 1) * nx + i] < 0) {
          quad(C(i - 1, j, k - 1), C(i - 1, j, k), C(i, j, k), C(i, j, k - 1), !v0);
        }
      }
    }
  }
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const v0 = v[(k * ny + j) * nx + i] < 0;
        if (v0 !== v[((k + 1) * ny + j) * nx + i] < 0) {
          quad(C(i - 1, j - 1, k), C(i, j - 1, k), C(i, j, k), C(i - 1, j, k), !v0);
        }
      }
    }
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(tris) };
}

function dist2(p, a, b) {
  const dx = p[a * 3] - p[b * 3];
  const dy = p[a * 3 + 1] - p[b * 3 + 1];
  const dz = p[a * 3 + 2] - p[b * 3 + 2];
  return dx * dx + dy * dy + dz * dz;
}

/** Drop unreferenced vertices, keeping the order of first use. */
export function compact(positions, indices) {
  const map = new Int32Array(positions.length / 3).fill(-1);
  const out = [];
  const idx = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const a = indices[i];
    if (map[a] < 0) {
      map[a] = out.length / 3;
      out.push(positions[a * 3], positions[a * 3 + 1], positions[a * 3 + 2]);
    }
    idx[i] = map[a];
  }
  return { positions: new Float32Array(out), indices: idx };
}

/**
 * Mesh an SDF on a grid (surface nets) and project the vertices onto the surface.
 * @param {(x:number,y:number,z:number)=>number} f
 * @param {{lo:number[], hi:number[]}} box
 * @param {number} h voxel size (mm)
 */
export function meshRaw(f, box, h) {
  const raw = surfaceNets(f, box.lo, box.hi, h);
  const p = raw.positions;
  for (let i = 0; i < p.length; i += 3) {
    const q = project(f, [p[i], p[i + 1], p[i + 2]], 3, h * 0.75);
    p[i] = q[0];
    p[i + 1] = q[1];
    p[i + 2] = q[2];
  }
  return raw;
}

/**
 * Simplify a raw mesh to about `targetTris` triangles (meshoptimizer) with SDF-gradient normals.
 * Optional per-vertex attributes (e.g. morph displacements, mm) are preserved by the simplifier too, so
 * the vertices a pathology needs survive.
 */
export function simplifyMesh(raw, f, targetTris, attrs = null, attrStride = 0) {
  let indices = raw.indices;
  if (indices.length / 3 > targetTris) {
    const [simp] = attrs
      ? MeshoptSimplifier.simplifyWithAttributes(
          indices,
          raw.positions,
          3,
          attrs,
          attrStride,
          new Array(attrStride).fill(1),
          null,
          targetTris * 3,
          0.05,
          [],
        )
      : MeshoptSimplifier.simplify(indices, raw.positions, 3, targetTris * 3, 0.05, []);
    indices = simp;
  }
  const m = compact(raw.positions, indices);
  return { ...m, normals: sdfNormals(f, m.positions) };
}

/** Mesh and simplify in one step. */
export function meshSDF(f, box, h, targetTris) {
  return simplifyMesh(meshRaw(f, box, h), f, targetTris);
}

/** Unit normals from the SDF gradient at each vertex. */
export function sdfNormals(f, positions) {
  const n = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const g = gradient(f, positions[i], positions[i + 1], positions[i + 2], 0.08);
    n[i] = g[0];
    n[i + 1] = g[1];
    n[i + 2] = g[2];
  }
  return n;
}
