// The grain of bone: a fine, even mottling baked into the vertex shade, so bone reads as the matte,
// slightly porous surface of an illustration and not as smooth plastic. Deterministic (a hashed
// lattice), so the generator still writes the same bytes every time.
import { mix } from './sdf.mjs';
import { toWorld } from './skeleton.mjs';

/** A repeatable pseudo-random value in [0, 1) for a lattice point. */
function hash(i, j, k) {
  let h = (i * 374761393 + j * 668265263 + k * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const fade = (t) => t * t * (3 - 2 * t);

/** Smooth value noise in [0, 1] with features about `size` mm across. */
function noise(p, size) {
  const x = p[0] / size;
  const y = p[1] / size;
  const z = p[2] / size;
  const i = Math.floor(x);
  const j = Math.floor(y);
  const k = Math.floor(z);
  const u = fade(x - i);
  const v = fade(y - j);
  const w = fade(z - k);
  const plane = (kk) =>
    mix(mix(hash(i, j, kk), hash(i + 1, j, kk), u), mix(hash(i, j + 1, kk), hash(i + 1, j + 1, kk), u), v);
  return mix(plane(k), plane(k + 1), w);
}

/** Pores about 4 mm and patches about 12 mm across; darkens a shade by at most DEPTH. */
const DEPTH = 0.22;

/**
 * Multiplies each vertex's baked shade by the bone's grain at its place in the body (world mm), so the
 * two mirrored halves and both levels of detail agree.
 * @param {Float32Array} ao shades in [0, 1] @param {Float32Array} pos local positions (mm) @param {object} frame
 */
export function grainBone(ao, pos, frame) {
  const out = Float32Array.from(ao);
  for (let i = 0; i < out.length; i++) {
    const p = toWorld(frame, [pos[i * 3], pos[i * 3 + 1], pos[i * 3 + 2]]);
    const g = 0.6 * noise(p, 4) + 0.4 * noise(p, 12);
    out[i] = Math.round(out[i] * (1 - DEPTH * g) * 255) / 255;
  }
  return out;
}
