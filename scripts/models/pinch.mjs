// A nerve pressed by a diseased shape: it narrows where it is pressed, most on the side facing what
// presses it. Coloured alone, a pressed nerve looked untouched beside the disc or spur; the squeeze must
// show in its shape too.
import { gradient } from './sdf.mjs';

/** The share of its radius a pressed nerve loses all round at the point of contact. */
const SQUEEZE = 0.25;
/** The share more it loses on the side facing what presses it, so it reads as pressed flat there. */
const FLATTEN = 0.35;
/** How far along the nerve (mm) the narrowing reaches either side of the contact, as a bell's width. */
const SQUEEZE_LENGTH_MM = 10;

const dist2 = (a, b) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/**
 * The point of the polyline `line` nearest to `p`. Moved toward the nearest sample instead, neighbouring
 * vertices folded over one another.
 */
function nearestOn(line, p) {
  let best = line[0];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const t = ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / (dist2(a, b) || 1);
    const u = Math.min(1, Math.max(0, t));
    const q = [a[0] + ab[0] * u, a[1] + ab[1] * u, a[2] + ab[2] * u];
    if (dist2(q, p) < dist2(best, p)) best = q;
  }
  return best;
}

/**
 * Morph target of a nerve mesh pressed by the diseased shape `fd` (SDF in the mesh's own frame), given
 * the nerve's centre line in the same frame: near the centre-line point closest to `fd` each vertex moves
 * toward the centre line, more on the side that faces `fd`. A smooth change of the radius only: pushing
 * the surface exactly onto the pressing shape turned triangles over where that shape cuts the nerve
 * at a slant. `squeeze` and `flatten` override the shares lost all round and on the facing side.
 * @returns {{dpos: Float32Array}}
 */
export function pinchMorph(mesh, centre, fd, { squeeze = SQUEEZE, flatten = FLATTEN } = {}) {
  let contact = centre[0];
  let nearest = Number.POSITIVE_INFINITY;
  for (const c of centre) {
    const d = fd(c[0], c[1], c[2]);
    if (d < nearest) [nearest, contact] = [d, c];
  }
  const P = mesh.positions;
  const dpos = new Float32Array(P.length);
  for (let i = 0; i < P.length; i += 3) {
    const p = [P[i], P[i + 1], P[i + 2]];
    const c = nearestOn(centre, p);
    const w = Math.exp(-dist2(c, contact) / SQUEEZE_LENGTH_MM ** 2);
    if (w < 0.01) continue;
    // from the pressing shape toward the nerve's centre: the side facing it lies against this (taken
    // from the position, not the vertex normal, so that neighbours move alike and none turns over)
    const away = gradient(fd, c[0], c[1], c[2]);
    const out = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
    const r = Math.hypot(...out) || 1;
    const facing = Math.max(0, -(out[0] * away[0] + out[1] * away[1] + out[2] * away[2]) / r);
    const s = w * (squeeze + flatten * facing);
    for (let k = 0; k < 3; k++) dpos[i + k] = (c[k] - p[k]) * s;
  }
  return { dpos };
}
