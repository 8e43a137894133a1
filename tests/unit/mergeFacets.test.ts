import { BufferGeometry, Float32BufferAttribute, Group, Mesh, MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { FACET_SURFACES, mergeFacetSurfaces } from '../../src/scene/mergeFacets';

/** A one-triangle facet patch at `x` (m), turned a quarter turn about Y, with one morph target along +Z. */
function patch(name: string, x: number): Mesh {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 0.001, 0, 0, 0, 0.001, 0], 3));
  geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3));
  geometry.morphAttributes.position = [
    new Float32BufferAttribute([0, 0, 0.002, 0, 0, 0.002, 0, 0, 0.002], 3),
  ];
  geometry.morphTargetsRelative = true;
  const mesh = new Mesh(geometry, new MeshStandardMaterial());
  mesh.name = name;
  mesh.position.set(x, 0, 0);
  mesh.rotation.set(0, Math.PI / 2, 0);
  mesh.morphTargetDictionary = { 'facet-arthritis': 0 };
  mesh.morphTargetInfluences = [0];
  return mesh;
}

function vertebra(): Group {
  const root = new Group();
  const l4 = new Group();
  l4.name = 'L4';
  const bone = new Mesh(new BufferGeometry(), new MeshStandardMaterial());
  l4.add(bone, patch('facet_superior_left', 0.02), patch('facet_superior_right', -0.02));
  root.add(l4);
  return root;
}

describe('facet cartilage merged per level', () => {
  it("draws a level's patches as one mesh in the vertebra's frame, with their morph target turned with them", () => {
    const root = vertebra();
    mergeFacetSurfaces(root);
    const l4 = root.getObjectByName('L4') as Group;
    const merged = l4.getObjectByName(FACET_SURFACES) as Mesh;
    expect(merged.parent).toBe(l4);
    expect(merged.geometry.getAttribute('position').count).toBe(6);
    // the left patch's first vertex sits at its node's origin; its +Z normal now points along +X
    const pos = merged.geometry.getAttribute('position');
    expect(pos.getX(0)).toBeCloseTo(0.02, 6);
    expect(merged.geometry.getAttribute('normal').getX(0)).toBeCloseTo(1, 5);
    const [delta] = merged.geometry.morphAttributes.position ?? [];
    if (!delta) throw new Error('no morph target');
    expect(delta.getX(0)).toBeCloseTo(0.002, 6);
    expect(delta.getZ(0)).toBeCloseTo(0, 6);
    expect(merged.morphTargetDictionary).toEqual({ 'facet-arthritis': 0 });
    // the patch nodes stay, hidden, for code that looks a facet up by name
    for (const name of ['facet_superior_left', 'facet_superior_right']) {
      const node = l4.getObjectByName(name) as Mesh;
      expect(node.visible).toBe(false);
      expect(node.userData.mergedInto).toBe(FACET_SURFACES);
    }
  });

  it('changes nothing when run again on the same model', () => {
    const root = vertebra();
    mergeFacetSurfaces(root);
    mergeFacetSurfaces(root);
    const l4 = root.getObjectByName('L4') as Group;
    expect(l4.children.filter((c) => c.name === FACET_SURFACES)).toHaveLength(1);
  });
});
