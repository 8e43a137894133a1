// Skin: a smooth outline of the lower trunk, buttocks and thighs (scene mm), only for orientation.
// Widths follow body-dimension data over skin: bicristal 281 and bitrochanteric 325 (men, Heinz 2003);
// waist and abdominal depth, buttock and thigh girths are rounded textbook values [GK].
import { SKIN } from './params.mjs';
import { ellipse2, ellipsoid, roundCone, smax, smin } from './sdf.mjs';

/** An upright elliptic slab of the trunk at height y: half width and front/back of the outline. */
function trunkAt(y) {
  const s = Math.max(0, Math.min(1, (SKIN.waistY - y) / (SKIN.waistY - SKIN.hipY)));
  const w = SKIN.waistHalfWidth + (SKIN.hipHalfWidth - SKIN.waistHalfWidth) * s * s * (3 - 2 * s);
  return { w, front: SKIN.front, back: SKIN.back };
}

/** Skin SDF (world mm), symmetric about x = 0. */
export function skinSDF() {
  const buttock = ellipsoid(SKIN.buttock.centre, SKIN.buttock.radii);
  const buttockR = ellipsoid(
    [-SKIN.buttock.centre[0], SKIN.buttock.centre[1], SKIN.buttock.centre[2]],
    SKIN.buttock.radii,
  );
  const [top, bottom] = SKIN.thigh;
  const thigh = roundCone(top.c, bottom.c, top.r, bottom.r);
  const thighR = roundCone(
    [-top.c[0], top.c[1], top.c[2]],
    [-bottom.c[0], bottom.c[1], bottom.c[2]],
    top.r,
    bottom.r,
  );
  const f = (x, y, z) => {
    const t = trunkAt(y);
    const half = (t.front - t.back) / 2;
    const cz = (t.front + t.back) / 2;
    // the trunk, rounded off at its top and ending in the hips
    let d = ellipse2(x, z - cz, t.w, half);
    d = smax(d, y - SKIN.topY, 40);
    d = smax(d, SKIN.hipY - 40 - y, 60);
    d = smin(d, smin(buttock(x, y, z), buttockR(x, y, z), 30), 60);
    d = smin(d, smin(thigh(x, y, z), thighR(x, y, z), 30), 70);
    return d;
  };
  f.box = {
    lo: [-SKIN.hipHalfWidth - 30, bottom.c[1] - bottom.r - 10, SKIN.back - 60],
    hi: [SKIN.hipHalfWidth + 30, SKIN.topY + 10, SKIN.front + 20],
  };
  return f;
}
