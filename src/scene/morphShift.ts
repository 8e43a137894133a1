import type { BufferAttribute, Mesh } from 'three';
import { Vector3 } from 'three';

const shift = new Vector3();
/** How far each condition moves the farthest vertex of a mesh: its morph targets never change. */
const largestShifts = new WeakMap<Mesh, Map<string, number>>();

/** The morph target of `condition` on `mesh` (how far it moves each vertex), or undefined. */
function shiftsOf(mesh: Mesh, condition: string): BufferAttribute | undefined {
  const index = mesh.morphTargetDictionary?.[condition];
  return index === undefined
    ? undefined
    : (mesh.geometry.morphAttributes.position?.[index] as BufferAttribute | undefined);
}

/** How far `condition` moves `vertex` of `mesh`, in the mesh's own units; 0 when it does not. */
export function shiftOf(mesh: Mesh, condition: string, vertex: number): number {
  const target = shiftsOf(mesh, condition);
  return target ? shift.fromBufferAttribute(target, vertex).length() : 0;
}

/** The farthest `condition` moves a vertex of `mesh`, in the mesh's own units; 0 when it does not. */
export function largestShift(mesh: Mesh, condition: string): number {
  const known = largestShifts.get(mesh) ?? new Map<string, number>();
  largestShifts.set(mesh, known);
  let largest = known.get(condition);
  if (largest === undefined) {
    largest = 0;
    const target = shiftsOf(mesh, condition);
    for (let i = 0; i < (target?.count ?? 0); i++) largest = Math.max(largest, shiftOf(mesh, condition, i));
    known.set(condition, largest);
  }
  return largest;
}
