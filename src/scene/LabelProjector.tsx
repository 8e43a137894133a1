import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type Intersection, type Mesh, Raycaster, Vector2, Vector3 } from 'three';
import { conditionById } from '../content';
import { type LabelAnchor, overlay, type ScreenCircle } from '../state/overlay';
import { useViewer } from '../state/store';
import { nervesFor } from './appearance';
import { setPicker } from './diagnostics';
import { largestShift, shiftOf } from './morphShift';
import { firstHit, solidMeshes, structureOfHit } from './picking';
import type { ModelPart } from './prepareModel';
import { pointOfHit, type SurfacePoint, vertexPoint, worldOfPoint } from './surfacePoint';
import { useThrottledCheck } from './useThrottledCheck';

/** A callout's point on the model, glued to the surface so it follows the pathology's change of shape. */
interface AnchorPoint extends SurfacePoint {
  /** The structure it ends on: for a nerve pressed on both sides, the root the eye can see. */
  node: string;
  visible: boolean;
}

/** A vertex a callout may end on, and the structure it belongs to. */
interface Candidate {
  node: string;
  mesh: Mesh;
  vertex: number;
}

/**
 * Points other than the spot prefer to keep this far from it (m), so two callouts rarely name the same
 * place: a nearer point counts as this much farther than it is.
 */
const APART_M = 0.008;
const CROWDING_M = 0.01;
/** An unchanged point counts as this much farther (m) for the spot's own callout: tried after the rest. */
const UNCHANGED_M = 0.05;
/**
 * Two callouts' points keep at least this far apart on the screen (px), so that each pin and leader line
 * reads as its own; a label finds a farther point of its structure when the nearest sits by another pin.
 */
const PINS_APART_PX = 40;
/** The disc kept clear around the spot on the screen: about this radius on the model (m). */
const SPOT_RADIUS_M = 0.007;
/**
 * At most this many vertices per mesh are tried, and this many rays cast per callout per check, spread
 * over the nearest few dozen points so that one nerve lying over the spot does not hide them all.
 */
const SAMPLES_PER_MESH = 400;
const RAYS_PER_LABEL = 24;
const RAY_SPREAD = 5;
/**
 * A callout's point shows its structure this many pixels to each side too: a point on the very outline
 * is met or missed by a hair, and its line could end on the background or on a nerve just in front.
 * A candidate on the outline is moved this far inward, once, to find such a point.
 */
const CLEAR_PX = 1.5;
/** The spot's own callout keeps this far (px) inside the changed surface. */
const CLEAR_OF_HEALTHY_PX = 3;
const AROUND = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const;

const ray = new Raycaster();
const world = new Vector3();
const preferred = new Vector3();
const hotspot = new Vector3();
const side = new Vector3();
const pointer = new Vector2();

/** Candidate vertices of the structures, in a fixed order (every n-th of each mesh). */
function candidates(parts: readonly ModelPart[], nodes: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const part of parts) {
    if (!nodes.includes(part.structure) || !part.mesh.visible) continue;
    const count = part.mesh.geometry.getAttribute('position').count;
    const stride = Math.max(1, Math.floor(count / SAMPLES_PER_MESH));
    for (let i = 0; i < count; i += stride) out.push({ node: part.structure, mesh: part.mesh, vertex: i });
  }
  return out;
}

/** Whether `condition` moves `vertex` of `mesh` at least half as far as the farthest point of the mesh. */
function movedFar(mesh: Mesh, condition: string, vertex: number): boolean {
  const largest = largestShift(mesh, condition);
  return largest > 0 && shiftOf(mesh, condition, vertex) >= largest / 2;
}

/**
 * Whether `point` lies on what `condition` changed: a corner moved at least half as far as the farthest
 * point of its mesh (the spur, the swollen belly of a muscle; all of a vertebra that slips whole).
 */
function onChange({ mesh, corners }: SurfacePoint, condition: string): boolean {
  return corners.some((c) => movedFar(mesh, condition, c));
}

function worldOf(point: { mesh: Mesh; vertex: number }, target: Vector3): Vector3 {
  return worldOfPoint(vertexPoint(point.mesh, point.vertex), target);
}

/**
 * The callout points of the chosen condition's teaching view: for each label, the point of its structure
 * nearest to where it tells most (the spot; a structure's middle) that the camera can see, found with a
 * few raycasts and projected on every frame for the DOM callouts (ui/PictureLabels.tsx).
 */
export function LabelProjector({ parts }: { parts: ModelPart[] }) {
  const selected = useViewer((s) => s.selected);
  const place = useViewer((s) => (s.selected ? s.modelConditions[s.selected] : undefined));
  const boxes = useViewer((s) => s.nodeBoxes);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const anchors = useRef<(AnchorPoint | null)[]>([]);

  /** Each label's structure and the point it should sit nearest to. */
  const wanted = useMemo(() => {
    const condition = selected ? conditionById(selected) : undefined;
    if (!condition || !place) return [];
    return condition.labels.map((label) => {
      const node = label.at === 'culprit' ? place.node : label.at === 'nerve' ? place.compresses : label.at;
      // A nerve pressed on both sides may be named on either: a side cut shows only the far one.
      const nodes = label.at === 'nerve' ? nervesFor(node, condition.painSide).compressed : [node];
      const box = boxes[node];
      const near =
        label.at === 'culprit' || label.at === 'nerve' || label.nearSpot || !box
          ? place.hotspot
          : (box.min.map((v, i) => (v + box.max[i]) / 2) as [number, number, number]);
      return { node, near, atSpot: label.at === 'culprit', points: candidates(parts, nodes) };
    });
  }, [selected, place, boxes, parts]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new condition needs one frame to place its labels.
  useEffect(() => {
    anchors.current = [];
    invalidate();
  }, [wanted, invalidate]);
  useEffect(() => () => overlay.setState({ anchors: [], culprit: null }), []);
  useEffect(() => {
    setPicker((x, y) => {
      pointer.set((x / size.width) * 2 - 1, 1 - (y / size.height) * 2);
      ray.setFromCamera(pointer, camera);
      return structureOfHit(firstHit(ray, solidMeshes(parts)));
    });
    return () => setPicker(null);
  }, [camera, size, parts]);

  /**
   * The hit where the eye meets `node` at (x, y) on the screen (-1 to 1), or null; with `changed`, only
   * where that condition changed it.
   */
  const nodeSeenAt = (x: number, y: number, node: string, solid: Mesh[], changed?: string) => {
    pointer.set(x, y);
    ray.setFromCamera(pointer, camera);
    const hit: Intersection | null = firstHit(ray, solid);
    // What the eye meets there may be the structure's own outer layer, such as a disc's ring.
    if (!hit || structureOfHit(hit) !== node) return null;
    if (!changed) return hit;
    const point = pointOfHit(hit);
    return point && onChange(point, changed) ? hit : null;
  };

  /**
   * A point of `node` seen at `at` (a projected point) and clear of its outline, or, when `at` lies on
   * the outline, a little inward from it; null when there is none. With `changed`, the point and the
   * ring around it lie on what that condition changed, so the pin stands inside the tinted growth and
   * not on its rim, where a thin spur seen end-on would leave it on the pale bone beside.
   */
  const clearPointAt = (at: Vector3, node: string, solid: Mesh[], changed?: string): SurfacePoint | null => {
    if (!nodeSeenAt(at.x, at.y, node, solid)) return null;
    const clear = changed ? CLEAR_OF_HEALTHY_PX : CLEAR_PX;
    const dx = (2 * clear) / size.width;
    const dy = (2 * clear) / size.height;
    for (const [ox, oy] of [[0, 0], ...AROUND]) {
      const x = at.x + ox * dx;
      const y = at.y + oy * dy;
      const hit = nodeSeenAt(x, y, node, solid, changed);
      if (hit && AROUND.every(([sx, sy]) => nodeSeenAt(x + sx * dx, y + sy * dy, node, solid, changed)))
        return pointOfHit(hit);
    }
    return null;
  };

  /** Where `point` shows on the screen, in pixels. */
  const onScreen = (point: Vector3) => {
    point.project(camera);
    return { x: ((point.x + 1) / 2) * size.width, y: ((1 - point.y) / 2) * size.height };
  };

  /**
   * Chooses, for each label, the visible candidate nearest to where it should sit and clear of the pins
   * already placed: the spot's own callout first, then the others in their order.
   */
  const choose = () => {
    const solid = solidMeshes(parts);
    hotspot.set(...(place?.hotspot ?? [0, 0, 0]));
    const pins: { x: number; y: number }[] = [];
    const byPriority = wanted
      .map((label, index) => ({ label, index }))
      .sort((a, b) => +b.label.atSpot - +a.label.atSpot);
    const chosen: (AnchorPoint | null)[] = [];
    for (const { label, index } of byPriority) {
      chosen[index] = chooseOne(label, solid, pins);
      if (chosen[index]?.visible) pins.push(onScreen(worldOfPoint(chosen[index], world)));
    }
    anchors.current = chosen;
  };

  /**
   * One label's point: the nearest candidate that is seen and not beside a pin, and for the spot's own
   * callout on what the condition changed (not the unchanged bone in front of it); else the nearest seen.
   */
  const chooseOne = (
    { node, near, atSpot, points }: (typeof wanted)[number],
    solid: Mesh[],
    pins: readonly { x: number; y: number }[],
  ): AnchorPoint | null => {
    preferred.set(...near);
    const ranked = points
      .map((p) => {
        const at = worldOf(p, world);
        const apart = atSpot || at.distanceTo(hotspot) >= APART_M;
        // The spot's own callout tries the points the condition moved first.
        const unchanged = atSpot && selected && !movedFar(p.mesh, selected, p.vertex) ? UNCHANGED_M : 0;
        // A point the cross-section has cut away still counts: the eye looks past it, through the
        // cut face, at what is left of its structure, and the callout ends there.
        return { p, score: at.distanceTo(preferred) + (apart ? 0 : CROWDING_M) + unchanged };
      })
      .sort((a, b) => a.score - b.score);
    let fallback: AnchorPoint | null = null;
    for (let i = 0, rays = 0; rays < RAYS_PER_LABEL && i < ranked.length; i += RAY_SPREAD) {
      const { p } = ranked[i];
      const at = onScreen(worldOf(p, world));
      const besidePin = pins.some((pin) => Math.hypot(pin.x - at.x, pin.y - at.y) < PINS_APART_PX);
      if (besidePin && fallback) continue;
      rays++;
      const at3 = worldOf(p, world).project(camera);
      const changed = atSpot && selected && !besidePin ? selected : undefined;
      const inside = changed ? clearPointAt(at3, p.node, solid, changed) : null;
      if (inside) return { ...inside, node: p.node, visible: true };
      const clear = clearPointAt(at3, p.node, solid);
      if (!clear) continue;
      const anchor = { ...clear, node: p.node, visible: true };
      if (!besidePin && (!atSpot || !selected || onChange(clear, selected))) return anchor;
      fallback ??= anchor;
    }
    if (fallback) return fallback;
    // Nothing of it is seen (a faded structure is not solid to the eye's ray): its nearest point that
    // is not beside a pin, so its callout still stands on its own.
    const clearOfPins = ranked.find(({ p }) => {
      const at = onScreen(worldOf(p, world));
      return !pins.some((pin) => Math.hypot(pin.x - at.x, pin.y - at.y) < PINS_APART_PX);
    });
    const first = (clearOfPins ?? ranked[0])?.p;
    return first ? { ...vertexPoint(first.mesh, first.vertex), node, visible: false } : null;
  };

  const project = (check: boolean) => {
    if (!place || wanted.length === 0) {
      if (overlay.getState().anchors.length > 0) overlay.setState({ anchors: [], culprit: null });
      return;
    }
    if (check || anchors.current.length !== wanted.length) choose();
    const out: LabelAnchor[] = [];
    anchors.current.forEach((anchor, index) => {
      if (!anchor) return;
      worldOfPoint(anchor, world).project(camera);
      const x = ((world.x + 1) / 2) * size.width;
      const y = ((1 - world.y) / 2) * size.height;
      const onScreen = world.z < 1 && x >= 0 && x <= size.width && y >= 0 && y <= size.height;
      out.push({ index, node: anchor.node, x, y, visible: anchor.visible, onScreen });
    });
    // The spot's disc on the screen: the spot and a point the spot's radius to its side, projected.
    hotspot.set(...place.hotspot);
    side.setFromMatrixColumn(camera.matrixWorld, 0).multiplyScalar(SPOT_RADIUS_M).add(hotspot);
    hotspot.project(camera);
    side.project(camera);
    const culprit: ScreenCircle = {
      x: ((hotspot.x + 1) / 2) * size.width,
      y: ((1 - hotspot.y) / 2) * size.height,
      r: (Math.abs(side.x - hotspot.x) / 2) * size.width,
    };
    overlay.setState({ anchors: out, culprit });
  };

  const step = useThrottledCheck(project);
  useFrame((_, delta) => step(delta));
  return null;
}
