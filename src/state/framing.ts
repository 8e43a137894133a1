import { type ConditionId, conditionById } from '../content';
import { add, normalize, scale, type Vec3 } from '../lib/vec';
import type { CameraGoal, ModelCondition } from './store';

/** An axis-aligned box around a model node, in scene coordinates (metres). */
export interface NodeBox {
  min: Vec3;
  max: Vec3;
}

/** The camera's vertical field of view, in degrees; a long lens flattens the model less than a wide one. */
export const CAMERA_FOV_DEG = 32;

/** The home view looks from the front and the patient's left, slightly from above. */
const HOME_DIRECTION: Vec3 = [0.5, 0.16, 0.85];
/** What the home view holds: the lumbar spine and the pelvis (the thighs may run off the bottom). */
const HOME_NODES = ['L1', 'L2', 'L3', 'L4', 'L5', 'sacrum', 'coccyx', 'hip_left', 'hip_right'];
/** Share of the view the framed structures fill: at home nearly all; in a condition room is left for labels. */
const HOME_FILL = 0.93;
const TEACHING_FILL = 0.74;
/** How far the middle of the view leans from the middle of the framed structures toward the spot. */
const FOCUS_PULL = 0.25;
/** Around the condition's spot, this much of its structure and nerve is framed (m): the part that tells. */
const NEAR_SPOT_M = 0.018;
/** The camera may come no nearer and go no farther than the camera rig allows (CameraRig.tsx). */
const DISTANCE_RANGE: [number, number] = [0.13, 2.3];

const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

function corners(box: NodeBox): Vec3[] {
  const out: Vec3[] = [];
  for (const x of [box.min[0], box.max[0]])
    for (const y of [box.min[1], box.max[1]]) for (const z of [box.min[2], box.max[2]]) out.push([x, y, z]);
  return out;
}

/** `box` cut to the cube of half-size `half` around `centre`, or null when they do not meet. */
function clipAround(box: NodeBox, centre: Vec3, half: number): NodeBox | null {
  const min = box.min.map((v, i) => Math.max(v, centre[i] - half)) as Vec3;
  const max = box.max.map((v, i) => Math.min(v, centre[i] + half)) as Vec3;
  return min.every((v, i) => v <= max[i]) ? { min, max } : null;
}

/**
 * The camera position and target that show all `points` from `direction` (target toward camera), filling
 * `fill` of the view of shape `aspect` (width / height). With `focus`, the target leans a quarter of the
 * way toward it, so the spot that tells the story sits nearer the middle at little cost in size.
 */
export function fitView(
  points: readonly Vec3[],
  direction: Vec3,
  aspect: number,
  fill: number,
  focus?: Vec3,
): { position: Vec3; target: Vec3 } {
  const toCamera = normalize(direction);
  const forward = scale(toCamera, -1);
  // Up stays the body's up (camera-controls orbits around +Y), unless the view looks straight down.
  let right = cross(forward, [0, 1, 0]);
  if (Math.hypot(...right) < 1e-3) right = [1, 0, 0];
  right = normalize(right);
  const up = cross(right, forward);
  const lo: Vec3 = [Infinity, Infinity, Infinity];
  const hi: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of points)
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i], p[i]);
      hi[i] = Math.max(hi[i], p[i]);
    }
  const centre = lo.map((v, i) => (v + hi[i]) / 2) as Vec3;
  const local = (p: Vec3): Vec3 => {
    const d: Vec3 = [p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]];
    return [dot(d, right), dot(d, up), dot(d, toCamera)];
  };
  const projected = points.map(local);
  const across = (axis: 0 | 1) => {
    const values = projected.map((p) => p[axis]);
    return (Math.min(...values) + Math.max(...values)) / 2;
  };
  let [midX, midY] = [across(0), across(1)];
  if (focus) {
    const f = local(focus);
    midX += (f[0] - midX) * FOCUS_PULL;
    midY += (f[1] - midY) * FOCUS_PULL;
  }
  const tanV = Math.tan((CAMERA_FOV_DEG * Math.PI) / 360) * fill;
  const tanH = tanV * aspect;
  let distance = 0;
  for (const [x, y, z] of projected) {
    distance = Math.max(distance, z + Math.abs(x - midX) / tanH, z + Math.abs(y - midY) / tanV);
  }
  distance = Math.min(DISTANCE_RANGE[1], Math.max(DISTANCE_RANGE[0], distance));
  const target = add(add(centre, scale(right, midX)), scale(up, midY));
  return { target, position: add(target, scale(toCamera, distance)) };
}

/** The view from the condition's side: content directions point +x toward the side of the example. */
export function sidedDirection(direction: Vec3, side: ModelCondition['side']): Vec3 {
  return side === 'right' ? [-direction[0], direction[1], direction[2]] : direction;
}

/**
 * The camera goal of a condition's teaching view: from its content's direction, on the side the model
 * names, holding the content's `frame` nodes and, near the spot, the diseased structure and the pressed
 * nerve. Null until the model has said where the condition is.
 */
export function framingFor(
  id: ConditionId,
  modelConditions: Partial<Record<ConditionId, ModelCondition>>,
  boxes: Readonly<Record<string, NodeBox>>,
  aspect: number,
  token: number,
): CameraGoal | null {
  const place = modelConditions[id];
  const condition = conditionById(id);
  if (!place || !condition) return null;
  const points: Vec3[] = [place.hotspot];
  for (const node of condition.view.frame) if (boxes[node]) points.push(...corners(boxes[node]));
  for (const node of [place.node, place.compresses]) {
    const near = boxes[node] && clipAround(boxes[node], place.hotspot, NEAR_SPOT_M);
    if (near) points.push(...corners(near));
  }
  const direction = sidedDirection(condition.view.direction, place.side);
  return { ...fitView(points, direction, aspect, TEACHING_FILL, place.hotspot), token };
}

/** The home view fitted to the model and the screen's shape: the lumbar spine and pelvis fill it. */
export function homeFraming(
  boxes: Readonly<Record<string, NodeBox>>,
  aspect: number,
): { position: Vec3; target: Vec3 } | null {
  const points = HOME_NODES.flatMap((node) => (boxes[node] ? corners(boxes[node]) : []));
  if (points.length === 0) return null;
  return fitView(points, HOME_DIRECTION, aspect, HOME_FILL);
}
