// Sagittal chain: sacrum -> discs -> vertebrae, as frames (origin + rotation about +X), and facet joints.
import { ALIGN, DISCS, FACET_ANGLE, FACET_GAP, SACRUM, VERTEBRAE } from './params.mjs';

const RAD = Math.PI / 180;

/** A frame: origin (mm, world) and angle (radians) of a rotation about +X; local +Y tips toward +Z. */
export function frame(origin, angle) {
  return { origin, angle };
}

/** Local -> world. */
export function toWorld(f, p) {
  const c = Math.cos(f.angle);
  const s = Math.sin(f.angle);
  return [f.origin[0] + p[0], f.origin[1] + p[1] * c - p[2] * s, f.origin[2] + p[1] * s + p[2] * c];
}

/** World -> local. */
export function toLocal(f, p) {
  const c = Math.cos(f.angle);
  const s = Math.sin(f.angle);
  const x = p[0] - f.origin[0];
  const y = p[1] - f.origin[1];
  const z = p[2] - f.origin[2];
  return [x, y * c + z * s, -y * s + z * c];
}

/** Rotate a direction local -> world. */
export function dirToWorld(f, d) {
  return toWorld({ origin: [0, 0, 0], angle: f.angle }, d);
}

export function dirToLocal(f, d) {
  return toLocal({ origin: [0, 0, 0], angle: f.angle }, d);
}

/**
 * Build the chain from the S1 endplate upwards.
 * @returns {{sacrum: object, vertebrae: Record<string, object>, discs: Record<string, object>, joints: object[]}}
 */
export function buildSkeleton() {
  const sacrum = frame([0, 0, 0], ALIGN.sacralSlope * RAD);
  const vertebrae = {};
  const discs = {};
  let below = {
    name: 'S1',
    frame: sacrum,
    top: [0, 0, 0],
    angle: sacrum.angle,
    D: SACRUM.s1D,
    W: SACRUM.s1W,
  };
  for (let i = VERTEBRAE.length - 1; i >= 0; i--) {
    const v = VERTEBRAE[i];
    const d = DISCS[i];
    const depth = (v.D + below.D) / 2;
    const wedge = Math.atan((d.ant - d.post) / depth);
    const mid = (d.ant + d.post) / 2;
    const da = below.angle - wedge / 2;
    const df = frame(toWorld(frame(below.top, da), [0, mid / 2, 0]), da);
    const upperEnd = toWorld(df, [0, mid / 2, 0]);
    const va = below.angle - wedge;
    const vf = frame(toWorld(frame(upperEnd, va), [0, v.H / 2, 0]), va);
    discs[d.name] = {
      ...d,
      frame: df,
      mid,
      wedge,
      depth,
      W: (v.W + below.W) / 2,
      upperW: v.W,
      lowerW: below.W,
      upperD: v.D,
      lowerD: below.D,
    };
    vertebrae[v.name] = { ...v, frame: vf };
    below = { name: v.name, frame: vf, top: toWorld(vf, [0, v.H / 2, 0]), angle: va, D: v.D, W: v.W };
  }
  return { sacrum, vertebrae, discs, joints: facetJoints(vertebrae, sacrum) };
}

/**
 * Facet joints between each vertebra and the one below (L5-S1 uses the sacrum), in world coordinates.
 * Each joint: centre J (world), the lower bone's superior facet normal n (world; faces posteromedially),
 * per side. The joint centre is fixed in the lower bone's frame [GK]: just above its upper endplate,
 * lateral to the canal and behind the pedicle.
 */
export function facetJoints(vertebrae, sacrum) {
  const names = VERTEBRAE.map((v) => v.name);
  const joints = [];
  for (let i = 0; i <= names.length; i++) {
    const upper = i === 0 ? null : names[i - 1];
    const lower = i === names.length ? 'S1' : names[i];
    const key = `${upper ?? 'T12'}-${lower}`;
    const theta = FACET_ANGLE[key] * RAD;
    const lf = lower === 'S1' ? sacrum : vertebrae[lower].frame;
    const lv = lower === 'S1' ? { H: 0, D: SACRUM.s1D, canalW: 30, pedW: 14 } : vertebrae[lower];
    const yTop = lower === 'S1' ? 0 : lv.H / 2;
    for (const side of [1, -1]) {
      const xj = side * (lv.canalW / 2 + lv.pedW * 0.35 + 1.5);
      const local = [xj, yTop + 3, -lv.D / 2 - 19];
      const nLocal = [-side * Math.cos(theta), 0, -Math.sin(theta)];
      joints.push({
        key,
        upper,
        lower,
        side: side > 0 ? 'left' : 'right',
        theta,
        centre: toWorld(lf, local),
        normal: dirToWorld(lf, nLocal),
        gap: FACET_GAP,
      });
    }
  }
  return joints;
}
