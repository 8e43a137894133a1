import { type Intersection, type Mesh, Vector3 } from 'three';

/**
 * A point on a mesh's surface, held as one triangle's corners and the weights that mix them: it moves
 * with the mesh's change of shape (its morph targets), as a point glued to the surface would.
 */
export interface SurfacePoint {
  mesh: Mesh;
  corners: readonly [number, number, number];
  weights: readonly [number, number, number];
}

/** The point at one vertex of `mesh`. */
export function vertexPoint(mesh: Mesh, vertex: number): SurfacePoint {
  return { mesh, corners: [vertex, vertex, vertex], weights: [1, 0, 0] };
}

/** The point a ray met, or null when the hit names no triangle. */
export function pointOfHit(hit: Intersection): SurfacePoint | null {
  const { face, barycoord } = hit;
  if (!face || !barycoord) return null;
  return {
    mesh: hit.object as Mesh,
    corners: [face.a, face.b, face.c],
    weights: [barycoord.x, barycoord.y, barycoord.z],
  };
}

const corner = new Vector3();

/** Where `point` is now, in world space, written to `target`. */
export function worldOfPoint(point: SurfacePoint, target: Vector3): Vector3 {
  const { mesh, corners, weights } = point;
  target.set(0, 0, 0);
  for (let i = 0; i < 3; i++) {
    if (weights[i] === 0) continue;
    mesh.getVertexPosition(corners[i], corner);
    target.addScaledVector(corner, weights[i]);
  }
  return mesh.localToWorld(target);
}
