import {
  Box3,
  type Intersection,
  type Mesh,
  type Object3D,
  type Plane,
  type Raycaster,
  Vector3,
} from 'three';
import { AXIAL_LEVELS } from '../../content/schema';
import type { SectionState } from '../../state/section';

/** Each axial level's centre and superior axis in world space, from the model's node transforms. */
export interface LevelFrames {
  centres: Vector3[];
  ups: Vector3[];
}

/** Reads the levels' frames once: a vertebra's or disc's node sits at its centre, local +Y superior. */
export function readLevelFrames(root: Object3D): LevelFrames | null {
  root.updateWorldMatrix(true, true);
  const centres: Vector3[] = [];
  const ups: Vector3[] = [];
  for (const name of AXIAL_LEVELS) {
    const node = root.getObjectByName(name);
    if (!node) return null;
    centres.push(node.getWorldPosition(new Vector3()));
    ups.push(new Vector3(0, 1, 0).transformDirection(node.matrixWorld));
  }
  return { centres, ups };
}

const scratch = new Vector3();
const normal = new Vector3();
/** A sagittal plane's normal: toward the patient's left. */
const ACROSS = new Vector3(1, 0, 0);

/**
 * The section's plane before choosing a side: for an axial cut, between the two nearest levels' centres,
 * tilted as they are (so it follows the lordosis); for a sagittal cut, `position` mm from the midline.
 */
export function basePlane(section: SectionState, frames: LevelFrames, out: Plane): Plane {
  if (section.plane === 'sagittal') {
    return out.setFromNormalAndCoplanarPoint(ACROSS, scratch.set(section.position / 1000, 0, 0));
  }
  const last = frames.centres.length - 1;
  const i = Math.min(last - 1, Math.max(0, Math.floor(section.position)));
  const t = Math.min(1, Math.max(0, section.position - i));
  normal
    .copy(frames.ups[i])
    .lerp(frames.ups[i + 1], t)
    .normalize();
  scratch.copy(frames.centres[i]).lerp(frames.centres[i + 1], t);
  return out.setFromNormalAndCoplanarPoint(normal, scratch);
}

/** Where a mesh lies against the plane: wholly cut away, wholly kept, or cut through. */
export type PlaneSide = 'removed' | 'kept' | 'cut';

const box = new Box3();
const corner = new Vector3();

/** Which side of `plane` a mesh's bounds (including every morph target) lie on. */
export function sideOf(mesh: Mesh, plane: Plane): PlaneSide {
  const geometry = mesh.geometry;
  if (!geometry.boundingBox) geometry.computeBoundingBox();
  box.copy(geometry.boundingBox as Box3);
  let below = 0;
  let above = 0;
  for (let i = 0; i < 8; i++) {
    corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z);
    corner.applyMatrix4(mesh.matrixWorld);
    if (plane.distanceToPoint(corner) < 0) below++;
    else above++;
  }
  if (below === 8) return 'removed';
  return above === 8 ? 'kept' : 'cut';
}

const hits: Intersection[] = [];
/** How each cut mesh is picked when whole (its own raycast, such as the baked shape of fastPicking.ts). */
const wholePicks = new WeakMap<Mesh, Mesh['raycast']>();

/**
 * Makes a cut mesh pickable only where it is drawn: a hover or a pick passes through the part cut
 * away and finds what lies behind the cut face (the same structure, or the one beside it).
 */
export function pickOnlyKept(mesh: Mesh, plane: Plane): void {
  const whole = wholePicks.get(mesh) ?? mesh.raycast;
  wholePicks.set(mesh, whole);
  mesh.raycast = (raycaster: Raycaster, intersects: Intersection[]) => {
    hits.length = 0;
    whole.call(mesh, raycaster, hits);
    for (const hit of hits) if (plane.distanceToPoint(hit.point) >= 0) intersects.push(hit);
  };
}

/** Picks the whole mesh again, as it was picked before the cut (the skin's veil, not at all). */
export function pickWhole(mesh: Mesh): void {
  const whole = wholePicks.get(mesh);
  if (!whole) return;
  mesh.raycast = whole;
  wholePicks.delete(mesh);
}
