import type { Intersection, Material, Mesh, Object3D, Raycaster, Vector3 } from 'three';
import type { ModelPart } from './prepareModel';

/** A part drawn as a faint veil for orientation lets the eye, and so a pick, through; a diseased disc's
 * see-through ring (0.4) still counts as seen. */
const SEE_THROUGH = 0.3;

/** The meshes a look from the camera stops at: shown, and not a faint veil. */
export function solidMeshes(parts: readonly ModelPart[]): Mesh[] {
  return parts.filter((p) => p.mesh.visible && p.material.opacity >= SEE_THROUGH).map((p) => p.mesh);
}

/** Whether `point` of `mesh` lies on the cut-away side of its material's clipping planes (a cross-section). */
export function isCutAway(mesh: Object3D, point: Vector3): boolean {
  const planes = ((mesh as Mesh).material as Material).clippingPlanes;
  return !!planes && planes.some((plane) => plane.distanceToPoint(point) < 0);
}

/** What the eye meets first along `ray`: the nearest hit on a solid mesh that is not cut away, or null. */
export function firstHit(ray: Raycaster, meshes: readonly Mesh[]): Intersection | null {
  return (
    ray.intersectObjects(meshes as Mesh[], false).find((hit) => !isCutAway(hit.object, hit.point)) ?? null
  );
}

/** The structure (top-level model node) a hit belongs to. */
export function structureOfHit(hit: Intersection | null): string | null {
  return (hit?.object.userData.structure as string | undefined) ?? null;
}
