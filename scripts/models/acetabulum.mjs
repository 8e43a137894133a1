// The acetabulum, the socket of the hip joint [GK]: a cup a little deeper than a hemisphere round the
// femoral head, its rim highest at the roof and behind. Its floor is the acetabular fossa, deeper and
// bare, running from the centre down to the acetabular notch in the lower rim; the lunate (articular)
// surface is the horseshoe left round the fossa, widest at the roof.
import { add, cross, dot, ellipsoid, norm, scale, smax, smin, smoothstep, sub } from './sdf.mjs';

// How far the rim stands beyond the socket's equator, along its axis (mm): lowest in front and at the
// notch, highest at the roof and behind [GK]. Deeper, or as high all round, the socket read as a bored pipe.
const RIM = { base: 2, roof: 3.5, back: 2, front: -1.5 };
// Outside the rim the bone falls away from the socket (mm per mm), so the rim is a lip on a shallow mound
// and not a collar standing round a hole; least under the roof, where the ilium flows into the rim.
const RIM_FALL = { base: 0.45, roof: -0.3 };
const FOSSA_DEPTH = 3;
const FOSSA_HALF_ANGLE = 0.4; // radians, about 10 mm each side of its midline
const NOTCH_HALF_WIDTH = 10;
// how far past the socket's edge other bone is trimmed to the rim's face (mm), and how much further at the roof
const MOUTH_REACH = { edge: 5, roof: 8 };

/**
 * The bone round the socket and the cut that makes the socket, in scene mm.
 * H: centre of the femoral head; rSock: the socket's radius; a: the opening axis (unit).
 */
export function acetabulum(H, rSock, a) {
  const down = norm(sub([0, -1, 0], scale(a, -a[1])));
  // the notch faces down and a little forward, toward the obturator foramen
  const notchDir = norm(add(down, scale(cross(a, down), -0.3)));
  const notchSide = norm(cross(a, notchDir));
  // across the socket's axis: toward the roof (up) and toward the back
  const roofDir = norm(sub([0, 1, 0], scale(a, a[1])));
  const backDir = cross(roofDir, a);
  // the fossa's midline: an arc on the socket's floor from just below its deepest point to the notch
  const fossaLine = [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) =>
    norm(add(scale(a, -1 + 0.8 * t), scale(notchDir, 0.25 + 0.85 * t))),
  );

  // the rim's face: level with the rim at the socket's edge, falling away outside it
  const rimFace = (along, fromAxis, rimHeight, roofward) =>
    along - rimHeight - 1 + (RIM_FALL.base + RIM_FALL.roof * roofward) * Math.max(0, fromAxis - rSock - 2);
  // how far a direction from the centre lies from the fossa's midline (chord of the unit sphere)
  const toFossa = (p, r) => {
    const u = scale(p, 1 / Math.max(r, 1e-6));
    let chord = Infinity;
    for (const q of fossaLine) chord = Math.min(chord, Math.hypot(u[0] - q[0], u[1] - q[1], u[2] - q[2]));
    return chord;
  };
  const local = (x, y, z) => {
    const p = [x - H[0], y - H[1], z - H[2]];
    const r = Math.hypot(p[0], p[1], p[2]);
    const along = dot(p, a);
    const fromAxis = Math.sqrt(Math.max(0, r * r - along * along));
    const roofward = Math.max(0, dot(p, roofDir) / Math.max(fromAxis, 1e-6));
    const backward = dot(p, backDir) / Math.max(fromAxis, 1e-6);
    const rimHeight =
      RIM.base + RIM.roof * roofward + RIM.back * Math.max(0, backward) - RIM.front * Math.min(0, backward);
    return { p, r, along, fromAxis, rimHeight, roofward };
  };

  // The mass of bone the socket is cut into. Its pelvic face is flat, in line with the wall of the lesser
  // pelvis above it; left round, it bulged into the pelvis like a ball.
  const ball = ellipsoid(add(H, [-6, 3, -3]), [31, 34, 33]);
  const mass = (x, y, z) => {
    const { along, fromAxis, rimHeight, roofward } = local(x, y, z);
    return smax(smax(ball(x, y, z), 54 - x, 6), rimFace(along, fromAxis, rimHeight, roofward), 3);
  };
  mass.b = ball.b;

  const cut = (x, y, z) => {
    const { p, r, along, fromAxis, rimHeight, roofward } = local(x, y, z);
    const sock = r - rSock;
    const chord = toFossa(p, r);
    // the fossa's wall is a slope, not a step, so it reads as a hollow and does not crumple into facets
    const fossa = smax(r - rSock - FOSSA_DEPTH, (chord - FOSSA_HALF_ANGLE) * rSock * 0.6, 3);
    // the notch: a slot from the fossa's lower end out through the rim; its floor drops 14 mm across the
    // rim, so the lip is cut through
    const alongN = dot(p, notchDir);
    const across = Math.abs(dot(p, notchSide)) - NOTCH_HALF_WIDTH;
    const drop = Math.min(14, 1.5 * Math.max(0, along));
    const floor = Math.sqrt(alongN * alongN + Math.min(0, along) ** 2) - rSock - FOSSA_DEPTH - drop;
    const notch = smax(smax(smax(floor, across, 3), -8 - along, 3), 10 - alongN, 3);
    // The mouth: all bone beyond the rim's face, out past the socket's edge, so the lip is the top of the
    // cup and not a collar of the ilium standing round it. It reaches furthest under the roof; below,
    // where the ischium runs down from the socket, it stays near the edge, or it cut the ischium flat.
    const reach = MOUTH_REACH.edge + MOUTH_REACH.roof * roofward;
    const mouth = smax(-rimFace(along, fromAxis, rimHeight, roofward), fromAxis - rSock - reach, 6);
    return { socket: smin(sock, smin(fossa, notch, 3), 3), mouth };
  };
  // 1 on the lunate surface, 0 off it: the fossa and the notch lie deeper than the socket's wall
  const lunate = (x, y, z) => {
    const { p, r, along, rimHeight } = local(x, y, z);
    const onWall = 1 - smoothstep(0.6, 1.6, Math.abs(r - rSock));
    const outOfFossa = smoothstep(FOSSA_HALF_ANGLE + 0.02, FOSSA_HALF_ANGLE + 0.1, toFossa(p, r));
    const belowRim = 1 - smoothstep(rimHeight - 2, rimHeight - 0.5, along);
    return onWall * outOfFossa * belowRim;
  };
  return { mass, cut, lunate };
}
