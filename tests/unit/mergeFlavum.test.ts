import { BufferGeometry, Float32BufferAttribute, Group, Mesh, MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { mergeLigamentumFlavum } from '../../src/scene/mergeFlavum';

/** A one-triangle ligament level at height `y` (m). */
function level(name: string, y: number): Mesh {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 0.001, 0, 0, 0, 0.001, 0], 3));
  geometry.setAttribute('normal', new Float32BufferAttribute([0, 0, -1, 0, 0, -1, 0, 0, -1], 3));
  const mesh = new Mesh(geometry, new MeshStandardMaterial());
  mesh.name = name;
  mesh.position.set(0, y, 0);
  return mesh;
}

function model(): Group {
  const root = new Group();
  root.add(level('ligamentum_flavum_L4_L5', 0.05), level('ligamentum_flavum_L5_S1', 0.01), level('L5', 0.03));
  return root;
}

describe('ligamentum flavum drawn in one call', () => {
  it("gives the first level's mesh every level's shape, in place, and hides the others", () => {
    const root = model();
    mergeLigamentumFlavum(root);
    const first = root.getObjectByName('ligamentum_flavum_L4_L5') as Mesh;
    const pos = first.geometry.getAttribute('position');
    expect(pos.count).toBe(6);
    // the L5-S1 triangle keeps its place in the model: 4 cm below the first level's origin
    expect(pos.getY(3)).toBeCloseTo(-0.04, 6);
    const second = root.getObjectByName('ligamentum_flavum_L5_S1') as Mesh;
    expect(second.visible).toBe(false);
    expect(second.userData.mergedInto).toBe('ligamentum_flavum_L4_L5');
    // other structures are left alone
    expect((root.getObjectByName('L5') as Mesh).geometry.getAttribute('position').count).toBe(3);
    expect(first.visible).toBe(true);
  });

  it('changes nothing when run again on the same model', () => {
    const root = model();
    mergeLigamentumFlavum(root);
    mergeLigamentumFlavum(root);
    expect(
      (root.getObjectByName('ligamentum_flavum_L4_L5') as Mesh).geometry.getAttribute('position').count,
    ).toBe(6);
  });
});
