// Worker: mesh a subset of the structures (by index in buildStructures().list) at both levels of detail.
import { parentPort, workerData } from 'node:worker_threads';
import { MeshoptSimplifier } from 'meshoptimizer';
import { meshRaw, sdfNormals, simplifyMesh } from './mesher.mjs';
import { buildPathology } from './pathology.mjs';
import { buildStructures } from './structures.mjs';

await MeshoptSimplifier.ready;
const S = buildStructures();
const { list } = S;
const patho = buildPathology(S);

/** Displacements of the focal (surface) pathology targets on the raw mesh, as simplifier attributes. */
function morphAttributes(s, raw) {
  const key = s.parent ? `${s.parent}/nucleus` : s.name;
  const ts = (patho.targets[key] || []).filter((t) => t.surface);
  if (!ts.length) return [null, 0];
  const mesh = { positions: raw.positions, normals: sdfNormals(s.sdf, raw.positions) };
  const n = raw.positions.length / 3;
  const stride = 3 * ts.length;
  const attrs = new Float32Array(n * stride);
  ts.forEach((t, j) => {
    const { dpos } = t.compute(mesh);
    for (let v = 0; v < n; v++) for (let k = 0; k < 3; k++) attrs[v * stride + j * 3 + k] = dpos[v * 3 + k];
  });
  return [attrs, stride];
}
const out = [];
const transfer = [];
for (const i of workerData.indices) {
  const s = list[i];
  const t = performance.now();
  const raw = meshRaw(s.sdf, s.box, s.h);
  const [attrs, stride] = morphAttributes(s, raw);
  const full = simplifyMesh(raw, s.sdf, s.tris, attrs, stride);
  const lite = simplifyMesh(raw, s.sdf, Math.round(s.tris / 3), attrs, stride);
  out.push({ i, full, lite, rawTris: raw.indices.length / 3, ms: performance.now() - t });
  for (const m of [full, lite]) transfer.push(m.positions.buffer, m.normals.buffer, m.indices.buffer);
}
parentPort.postMessage(out, transfer);
