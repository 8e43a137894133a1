// @vitest-environment node
// Node names, materials, budgets and loadability of the committed GLBs.
import { describe, expect, it } from 'vitest';
import { MODEL_NODES } from '../../src/content/schema';
import { DISCS, LUMBAR, loadModel, type Model, meshOf } from './helpers';

// Every top-level node the content may name must be in the file, and nothing else.
const TOP = MODEL_NODES;
const FACETS = ['facet_superior_left', 'facet_superior_right', 'facet_inferior_left', 'facet_inferior_right'];
const MATERIALS = [
  'bone',
  'disc_annulus',
  'disc_nucleus',
  'nerve',
  'muscle',
  'ligament',
  'thecal_sac',
  'skin',
  'cartilage',
];

function stats(model: Model) {
  let triangles = 0;
  let primitives = 0;
  let meshNodes = 0;
  for (const n of model.doc.getRoot().listNodes()) {
    const m = n.getMesh();
    if (!m) continue;
    meshNodes++;
    for (const p of m.listPrimitives()) {
      primitives++;
      triangles += (p.getIndices()?.getCount() ?? 0) / 3;
    }
  }
  return { triangles, primitives, meshNodes };
}

describe.each(['spine.glb', 'spine-lite.glb'])('%s', (file) => {
  it('has every named structure as a top-level node, with the documented children', async () => {
    const model = await loadModel(file);
    const scene = model.doc.getRoot().getDefaultScene();
    const top = scene?.listChildren().map((n) => n.getName()) ?? [];
    expect([...top].sort()).toEqual([...TOP].sort());
    for (const n of TOP) expect(model.node(n).getMesh(), `${n} mesh`).not.toBeNull();
    // Each facet node holds its articular surface: a cartilage patch mesh.
    for (const v of LUMBAR)
      for (const f of FACETS) {
        const prim = meshOf(model.node(`${v}/${f}`)).listPrimitives()[0];
        expect(prim.getMaterial()?.getName(), `${v}/${f}`).toBe('cartilage');
        expect((prim.getIndices()?.getCount() ?? 0) / 3).toBeGreaterThan(50);
      }
    for (const f of ['facet_superior_left', 'facet_superior_right'])
      expect(
        meshOf(model.node(`sacrum/${f}`))
          .listPrimitives()[0]
          .getMaterial()
          ?.getName(),
      ).toBe('cartilage');
    for (const d of DISCS) expect(model.node(`${d}/nucleus`).getMesh()).not.toBeNull();
    for (const f of ['femur_left/head', 'femur_right/head']) expect(model.has(f)).toBe(true);
  });

  it('uses one material per kind and stays within the draw-call budget', async () => {
    const model = await loadModel(file);
    const names = model.doc
      .getRoot()
      .listMaterials()
      .map((m) => m.getName())
      .sort();
    expect(names).toEqual([...MATERIALS].sort());
    // The app draws each level's facet patches as one mesh (src/scene/mergeFacets.ts): 6 levels; and the
    // five levels of ligamentum flavum as one (src/scene/mergeFlavum.ts).
    const s = stats(model);
    const meshNodes = (prefix: string) =>
      model.doc
        .getRoot()
        .listNodes()
        .filter((n) => n.getName().startsWith(prefix) && n.getMesh()).length;
    const facets = meshNodes('facet_');
    const flavum = meshNodes('ligamentum_flavum_');
    expect(facets).toBe(22);
    expect(flavum).toBe(5);
    const merged = facets - 6 + flavum - 1;
    expect(s.meshNodes - merged).toBeLessThanOrEqual(60);
    expect(s.primitives - merged).toBeLessThanOrEqual(60);
    for (const n of ['L4', 'disc_L5_S1', 'root_S1_left']) {
      const prim = meshOf(model.node(n)).listPrimitives()[0];
      expect(prim.getAttribute('COLOR_0'), `${n} baked AO`).not.toBeNull();
      expect(prim.getAttribute('NORMAL')).not.toBeNull();
    }
    expect(meshOf(model.node('L4')).listPrimitives()[0].getMaterial()?.getName()).toBe('bone');
    expect(meshOf(model.node('root_L5_left')).listPrimitives()[0].getMaterial()?.getName()).toBe('nerve');
    expect(meshOf(model.node('piriformis_left')).listPrimitives()[0].getMaterial()?.getName()).toBe('muscle');
  });

  it('is quantized and meshopt-compressed, and within the size and triangle budgets', async () => {
    const model = await loadModel(file);
    const used = model.doc
      .getRoot()
      .listExtensionsUsed()
      .map((e) => e.extensionName);
    expect(used).toContain('EXT_meshopt_compression');
    expect(used).toContain('KHR_mesh_quantization');
    expect(model.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    const { triangles } = stats(model);
    if (file === 'spine.glb') {
      expect(triangles).toBeLessThanOrEqual(200_000);
      expect(triangles).toBeGreaterThan(90_000);
    } else {
      const full = stats(await loadModel('spine.glb')).triangles;
      expect(triangles / full).toBeGreaterThan(0.25);
      expect(triangles / full).toBeLessThan(0.42);
    }
  });
});
