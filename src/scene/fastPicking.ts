import { BufferAttribute, BufferGeometry, type Intersection, Mesh, type Raycaster, Sphere } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';

/** What a mesh is picked against: its shape as drawn, and a tree of boxes around its triangles. */
interface PickShape {
  geometry: BufferGeometry;
  tree: MeshBVH;
  /** The weights of the condition's changes it was shaped with; none for the mesh's own geometry. */
  weights?: number[];
}

const healthy = new WeakMap<BufferGeometry, PickShape>();
const changed = new WeakMap<Mesh, PickShape>();
/** Stands in for the mesh during a raycast: its place and material, with the shape picked against. */
const stand = new Mesh();
const bounds = new Sphere();

let library: typeof import('./pickingTree') | undefined;
let loading: Promise<void> | undefined;

/**
 * Fetches three-mesh-bvh's tree (15 KB gzip), once. Asked for by the first ray, not at start: the first picture
 * needs no raycast, and its code is already at the budget. Until it has come, rays take three.js's way.
 */
export function loadPickingTrees(): Promise<void> {
  loading ??= import('./pickingTree').then((module) => {
    library = module;
  });
  return loading;
}

/**
 * Makes raycasts against `mesh` fast, for the hover, the markers' and the callouts' checks of what the
 * eye meets. three.js tests a ray against every triangle of a mesh it comes near, and applies every
 * morph target to each corner on each ray; a callout check casts dozens of rays, which took 0.3-0.5 s a
 * check in software WebGL. Here a ray walks a tree of boxes (three-mesh-bvh) to the few triangles it can
 * meet, and a changed shape is baked once per change of its weights, the tree refitted to it.
 */
export function pickFast(mesh: Mesh): void {
  mesh.raycast = (raycaster: Raycaster, intersects: Intersection[]) => {
    // A ray that passes the mesh by (its sphere holds every changed shape too) needs no tree built.
    if (!mesh.geometry.boundingSphere) mesh.geometry.computeBoundingSphere();
    bounds.copy(mesh.geometry.boundingSphere as Sphere).applyMatrix4(mesh.matrixWorld);
    if (!raycaster.ray.intersectsSphere(bounds)) return;
    if (!library) {
      loadPickingTrees().catch(() => {});
      Mesh.prototype.raycast.call(mesh, raycaster, intersects);
      return;
    }
    const shape = pickShape(mesh, library.MeshBVH);
    stand.geometry = shape.geometry;
    stand.material = mesh.material;
    stand.matrixWorld.copy(mesh.matrixWorld);
    const first = intersects.length;
    shape.tree.raycastObject3D(stand, raycaster, intersects);
    for (let i = first; i < intersects.length; i++) intersects[i].object = mesh;
  };
}

/** The shape `mesh` is drawn with now: its own geometry, or that changed by its morph targets. */
function pickShape(mesh: Mesh, Tree: typeof MeshBVH): PickShape {
  const weights = mesh.morphTargetInfluences;
  if (!weights || !mesh.geometry.morphAttributes.position || weights.every((w) => w === 0)) {
    let shape = healthy.get(mesh.geometry);
    if (!shape) {
      // Indirect: the tree keeps its own order of triangles and leaves the drawn index as it is.
      shape = { geometry: mesh.geometry, tree: new Tree(mesh.geometry, { indirect: true }) };
      healthy.set(mesh.geometry, shape);
    }
    return shape;
  }
  let shape = changed.get(mesh);
  if (shape?.weights?.every((w, i) => w === weights[i])) return shape;
  if (!shape) {
    const geometry = new BufferGeometry();
    geometry.setAttribute(
      'position',
      new BufferAttribute(new Float32Array(mesh.geometry.attributes.position.count * 3), 3),
    );
    geometry.setIndex(mesh.geometry.getIndex());
    bake(mesh.geometry, weights, geometry);
    shape = { geometry, tree: new Tree(geometry, { indirect: true }) };
    changed.set(mesh, shape);
  } else {
    bake(mesh.geometry, weights, shape.geometry);
    shape.tree.refit();
  }
  shape.weights = [...weights];
  return shape;
}

/** Writes into `target` the positions with each morph target added at its weight, as three.js draws them. */
function bake(source: BufferGeometry, weights: readonly number[], target: BufferGeometry): void {
  const base = source.getAttribute('position');
  const out = target.getAttribute('position') as BufferAttribute;
  const xyz = out.array as Float32Array;
  for (let v = 0; v < base.count; v++) {
    xyz[v * 3] = base.getX(v);
    xyz[v * 3 + 1] = base.getY(v);
    xyz[v * 3 + 2] = base.getZ(v);
  }
  // glTF's targets are offsets; three.js's own may be whole positions.
  const relative = source.morphTargetsRelative;
  (source.morphAttributes.position ?? []).forEach((morph, t) => {
    const w = weights[t] ?? 0;
    if (w === 0) return;
    for (let v = 0; v < base.count; v++) {
      xyz[v * 3] += w * (morph.getX(v) - (relative ? 0 : base.getX(v)));
      xyz[v * 3 + 1] += w * (morph.getY(v) - (relative ? 0 : base.getY(v)));
      xyz[v * 3 + 2] += w * (morph.getZ(v) - (relative ? 0 : base.getZ(v)));
    }
  });
  out.needsUpdate = true;
  target.boundingBox = null;
  target.boundingSphere = null;
}
