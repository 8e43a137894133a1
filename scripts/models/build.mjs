// Entry point: node scripts/models/build.mjs [--out DIR] [--only name,name]
// Generates public/models/spine.glb (default detail) and spine-lite.glb (about a third of the triangles).
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MeshoptSimplifier } from 'meshoptimizer';
import { bakeAO, boundingSphere, sceneSDF } from './ao.mjs';
import { facetPatch, toFacetFrame } from './facets.mjs';
import { grainBone } from './grain.mjs';
import { GENERATOR } from './params.mjs';
import { buildPathology } from './pathology.mjs';
import { toLocal, toWorld } from './skeleton.mjs';
import { buildStructures } from './structures.mjs';
import { quatFromZ, quatX, writeGLB } from './write.mjs';

const args = process.argv.slice(2);
const arg = (k, d) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : d;
};
const outDir = arg('--out', 'public/models');
const only = arg('--only', '');
const quiet = args.includes('--quiet');
const log = (...a) => {
  if (!quiet) console.log(...a);
};

/** Grid points of a structure's meshing box: a deterministic cost estimate for load balancing. */
const cost = (d) =>
  ((d.box.hi[0] - d.box.lo[0]) * (d.box.hi[1] - d.box.lo[1]) * (d.box.hi[2] - d.box.lo[2])) / d.h ** 3;

/** Mesh the given structures in worker threads (longest first onto the least loaded worker). */
async function meshInWorkers(list, defs) {
  const n = Math.max(1, Math.min(availableParallelism(), 4, defs.length));
  const jobs = defs.map((d) => ({ i: list.indexOf(d), c: cost(d) })).sort((a, b) => b.c - a.c || a.i - b.i);
  const bins = Array.from({ length: n }, () => ({ c: 0, indices: [] }));
  for (const j of jobs) {
    const b = bins.reduce((m, x) => (x.c < m.c ? x : m));
    b.indices.push(j.i);
    b.c += j.c;
  }
  const url = new URL('./mesh-worker.mjs', import.meta.url);
  const parts = await Promise.all(
    bins.map(
      (b) =>
        new Promise((resolve, reject) => {
          const w = new Worker(url, { workerData: { indices: b.indices } });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
  return new Map(parts.flat().map((r) => [r.i, r]));
}

/** Per-vertex RGB multipliers from a structure's tint(x, y, z) in its left-side local frame. */
function tintOf(pos, tint, mirrored) {
  const out = new Float32Array(pos.length);
  for (let i = 0; i < pos.length; i += 3)
    out.set(tint(mirrored ? -pos[i] : pos[i], pos[i + 1], pos[i + 2]), i);
  return out;
}

/** Mirror a mesh across x = 0 (positions, normals, winding). */
function mirrorMesh(m) {
  const positions = Float32Array.from(m.positions);
  const normals = Float32Array.from(m.normals);
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i];
    normals[i] = -normals[i];
  }
  const indices = Uint32Array.from(m.indices);
  for (let i = 0; i < indices.length; i += 3)
    [indices[i + 1], indices[i + 2]] = [indices[i + 2], indices[i + 1]];
  return { positions, normals, indices };
}

const mirrorFrame = (f) => ({ origin: [-f.origin[0], f.origin[1], f.origin[2]], angle: f.angle });

async function main() {
  const t0 = performance.now();
  await MeshoptSimplifier.ready;
  const S = buildStructures();
  const defs = only
    ? S.list.filter((s) => only.split(',').includes(s.parent ? `${s.parent}/nucleus` : s.name))
    : S.list;
  // 1. Mesh every structure (left side only for mirrored pairs), two levels of detail, in workers.
  const results = await meshInWorkers(S.list, defs);
  const meshes = [];
  for (const s of defs) {
    const r = results.get(S.list.indexOf(s));
    const { full, lite } = r;
    meshes.push({ def: s, name: s.name, frame: s.frame, sdf: s.sdf, mirror: false, lod: { full, lite } });
    if (s.mirror) {
      meshes.push({
        def: s,
        name: s.mirror,
        frame: mirrorFrame(s.frame),
        sdf: s.sdf,
        mirror: true,
        lod: { full: mirrorMesh(full), lite: mirrorMesh(lite) },
      });
    }
    log(
      `${s.parent ? `${s.parent}/` : ''}${s.name}: ${r.rawTris} -> ${full.indices.length / 3} tris (${r.ms.toFixed(0)} ms)`,
    );
  }
  // 2. Ambient occlusion from the whole scene.
  const items = meshes
    .filter((m) => m.def.occludes !== false)
    .map((m) => ({
      sdf: m.sdf,
      frame: m.frame,
      mirror: m.mirror,
      sphere: boundingSphere(m.lod.full.positions),
    }));
  const scene = sceneSDF(items);
  for (const m of meshes)
    for (const lod of Object.values(m.lod)) {
      lod.ao = bakeAO(lod.positions, lod.normals, m.frame, scene);
      if (m.def.material === 'bone') lod.ao = grainBone(lod.ao, lod.positions, m.frame);
      if (m.def.tint) lod.tint = tintOf(lod.positions, m.def.tint, m.mirror);
    }
  // Facet cartilage patches (the same for both files), shaded by the same scene.
  for (const m of meshes) {
    m.patches = (m.def.facets || []).map((f) => {
      const q = quatFromZ(f.normal);
      const mesh = facetPatch(m.sdf, f, q);
      return { f, q, mesh: { ...mesh, ao: bakeAO(mesh.positions, mesh.normals, m.frame, scene) } };
    });
  }
  log(`ambient occlusion done (${(performance.now() - t0).toFixed(0)} ms)`);
  // 3. Pathology morph targets and scene extras.
  const patho = buildPathology(S);
  placeHotspots(patho, meshes);
  log(`pathology done (${(performance.now() - t0).toFixed(0)} ms)`);
  // 4. Nodes and files.
  for (const [lodName, file] of [
    ['full', 'spine.glb'],
    ['lite', 'spine-lite.glb'],
  ]) {
    const nodes = [];
    for (const m of meshes) {
      if (m.def.parent) continue;
      const node = nodeOf(m, lodName, patho);
      const nuc = meshes.find((n) => n.def.parent === m.name);
      if (nuc) node.children.push(nodeOf(nuc, lodName, patho, m.frame));
      nodes.push(node);
    }
    const glb = await writeGLB(nodes, { ...patho.extras, units: 'm', generator: GENERATOR, lod: lodName });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, file), glb);
    log(`wrote ${join(outDir, file)} (${(glb.byteLength / 1024).toFixed(0)} KiB)`);
  }
  log(`total ${(performance.now() - t0).toFixed(0)} ms`);
}

/**
 * Put each condition's hotspot on the morphed surface: the vertex of the main node that moves most
 * (for a rigid slip, the given landmark is kept), in scene metres.
 */
function placeHotspots(patho, meshes) {
  for (const [id, c] of Object.entries(patho.extras.conditions)) {
    if (id === 'spondylolisthesis') continue;
    const m = meshes.find((e) => e.name === c.node);
    const t = (patho.targets[c.node] || []).find((x) => x.name === id);
    if (!m || !t) continue;
    const mesh = m.lod.full;
    const { dpos } = t.compute(mesh);
    const P = mesh.positions;
    const near = c.hotspotNear ? toLocal(m.frame, c.hotspotNear) : null;
    delete c.hotspotNear;
    let best = near ? Number.POSITIVE_INFINITY : 0;
    let bi = 0;
    for (let i = 0; i < dpos.length; i += 3) {
      if (near) {
        const d =
          (P[i] + dpos[i] - near[0]) ** 2 +
          (P[i + 1] + dpos[i + 1] - near[1]) ** 2 +
          (P[i + 2] + dpos[i + 2] - near[2]) ** 2;
        if (d < best) {
          best = d;
          bi = i;
        }
        continue;
      }
      const d = dpos[i] ** 2 + dpos[i + 1] ** 2 + dpos[i + 2] ** 2;
      if (d > best) {
        best = d;
        bi = i;
      }
    }
    const p = [0, 1, 2].map((k) => mesh.positions[bi + k] + dpos[bi + k]);
    c.hotspot = toWorld(m.frame, p).map((v) => Math.round(v * 10) / 10000);
  }
}

/** Node definition for one meshed structure; a child (nucleus) is placed relative to its parent frame. */
function nodeOf(m, lodName, patho, parentFrame) {
  const mesh = m.lod[lodName];
  const key = m.def.parent ? `${m.def.parent}/nucleus` : m.name;
  const targets = (patho.targets[key] || []).map((t) => t.compute(mesh, lodName));
  const node = {
    name: m.def.parent ? 'nucleus' : m.name,
    translation: parentFrame ? [0, 0, 0] : m.frame.origin,
    rotation: parentFrame ? [0, 0, 0, 1] : quatX(m.frame.angle),
    mesh: { ...mesh, material: m.def.material, targets },
    children: [],
  };
  for (const { f, q, mesh: patch } of m.patches || []) {
    const patchTargets = (patho.targets[key] || []).map((t) => t.compute(patch, lodName));
    const local = toFacetFrame({ ...patch, targets: patchTargets }, f, q);
    node.children.push({
      name: f.name,
      translation: f.centre,
      rotation: q,
      mesh: { ...local, material: 'cartilage' },
      children: [],
    });
  }
  if (m.def.headChild) node.children.push({ name: 'head', translation: [0, 0, 0] });
  return node;
}

await main();
