import { Matrix4, type Mesh, type Object3D } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** The model's ligamentum flavum nodes, one per level: `ligamentum_flavum_L1_L2` ... `_L5_S1`. */
const FLAVUM = /^ligamentum_flavum_/;

/**
 * Draws the five levels of ligamentum flavum in one call instead of five, which keeps the whole model,
 * every layer shown, within 60 draw calls. They share a material, have no morph targets and are shown,
 * faded and lit only together (one structure in the content), so the first level's mesh takes all five
 * shapes; the other levels stay in place as hidden markers, like the facet patches (see mergeFacets.ts).
 * Running it twice changes nothing.
 */
export function mergeLigamentumFlavum(root: Object3D): void {
  const levels = root.children.filter(
    (c): c is Mesh => (c as Mesh).isMesh === true && FLAVUM.test(c.name) && !c.userData.mergedInto,
  );
  if (levels.length < 2) return;
  const [first] = levels;
  for (const level of levels) level.updateMatrix();
  const intoFirst = new Matrix4().copy(first.matrix).invert();
  const geometries = levels.map((level) =>
    level.geometry.clone().applyMatrix4(new Matrix4().multiplyMatrices(intoFirst, level.matrix)),
  );
  const merged = mergeGeometries(geometries, false);
  for (const g of geometries) g.dispose();
  if (!merged) return;
  first.geometry.dispose();
  first.geometry = merged;
  for (const level of levels.slice(1)) {
    level.visible = false;
    level.userData.mergedInto = first.name;
  }
}
