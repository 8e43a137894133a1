import { BufferGeometry, Float32BufferAttribute, Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { largestShift, shiftOf } from '../../src/scene/morphShift';

/** A mesh of three points whose 'bone-spurs' target moves the second 5 units out and the third 2. */
function grownMesh(): Mesh {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 1, 0, 0, 0, 1, 0], 3));
  geometry.morphAttributes.position = [new Float32BufferAttribute([0, 0, 0, 0, 3, 4, 2, 0, 0], 3)];
  const mesh = new Mesh(geometry);
  mesh.updateMorphTargets();
  mesh.morphTargetDictionary = { 'bone-spurs': 0 };
  return mesh;
}

describe('how far a condition moves a mesh', () => {
  it('measures each point and the farthest, and nothing for a condition the mesh does not change', () => {
    const mesh = grownMesh();
    expect([0, 1, 2].map((v) => shiftOf(mesh, 'bone-spurs', v))).toEqual([0, 5, 2]);
    expect(largestShift(mesh, 'bone-spurs')).toBe(5);
    expect(largestShift(mesh, 'spondylolisthesis')).toBe(0);
    expect(shiftOf(mesh, 'spondylolisthesis', 1)).toBe(0);
  });
});
