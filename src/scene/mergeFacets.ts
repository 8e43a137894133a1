import { Matrix3, Mesh, type Object3D, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** The name of one level's merged facet cartilage, a child of its vertebra (or the sacrum). */
export const FACET_SURFACES = 'facet_surfaces';

const v = new Vector3();

/**
 * Draws each level's facet cartilage in one call: the file keeps every facet surface as its own child
 * mesh (`L4/facet_superior_left`, ...), which would cost 22 draw calls; here each structure's patches are
 * merged, with their morph targets, into one mesh in the structure's frame. The patch nodes stay in place
 * as hidden markers, so code that looks a facet up by name still finds it. Running it twice changes nothing.
 */
export function mergeFacetSurfaces(root: Object3D): void {
  for (const structure of root.children) {
    if (structure.getObjectByName(FACET_SURFACES)) continue;
    const patches = structure.children.filter(
      (c): c is Mesh => (c as Mesh).isMesh === true && c.name.startsWith('facet_'),
    );
    if (patches.length === 0) continue;
    const geometries = patches.map((patch) => {
      patch.updateMatrix();
      const geometry = patch.geometry.clone();
      geometry.applyMatrix4(patch.matrix);
      // Morph deltas are directions: they turn with the patch but do not move with it.
      const turn = new Matrix3().setFromMatrix4(patch.matrix);
      for (const list of Object.values(geometry.morphAttributes))
        for (const delta of list) {
          for (let i = 0; i < delta.count; i++) {
            v.fromBufferAttribute(delta, i).applyMatrix3(turn);
            delta.setXYZ(i, v.x, v.y, v.z);
          }
        }
      return geometry;
    });
    const merged = mergeGeometries(geometries, false);
    for (const g of geometries) g.dispose();
    if (!merged) continue;
    const mesh = new Mesh(merged, patches[0].material);
    mesh.name = FACET_SURFACES;
    mesh.morphTargetDictionary = { ...patches[0].morphTargetDictionary };
    mesh.morphTargetInfluences = [...(patches[0].morphTargetInfluences ?? [])];
    structure.add(mesh);
    for (const patch of patches) {
      patch.visible = false;
      patch.userData.mergedInto = FACET_SURFACES;
    }
  }
}
