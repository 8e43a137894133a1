/** A callout to place: the point it names and the size of its box, in CSS pixels. */
export interface CalloutToPlace {
  anchorX: number;
  anchorY: number;
  width: number;
  height: number;
}

/** A placed box, its top left corner and size, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The area callouts must stay inside: the view less its edges, the button bar at the bottom and, at the
 * top, whatever the view shows there (`top`, at least `edge`).
 */
export interface Area {
  width: number;
  height: number;
  edge: number;
  top?: number;
  bottom: number;
}

/** A disc of the screen nothing may cover, such as the diseased spot. */
export interface Keepout {
  x: number;
  y: number;
  r: number;
}

/** Room between two boxes, and between a box and a point it must not cover. */
const PAD = 6;
/** Room between a leader line and another callout's box. */
const LINE_PAD = 3;
/** Points this close on the screen are one place: their leader lines fan out from it. */
const SAME_POINT_PX = 12;
/** How far out a callout may go from its point, nearest first. */
const REACH_PX = [40, 70, 105, 145, 190, 240];
/** Turns tried around the preferred direction, in steps of 30 degrees. */
const TURNS = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6];
/** A turn of 30 degrees costs as much as going this much farther out. */
const TURN_COST_PX = 28;

function overlaps(a: Box, b: Box, pad: number): boolean {
  return (
    a.x < b.x + b.width + pad &&
    b.x < a.x + a.width + pad &&
    a.y < b.y + b.height + pad &&
    b.y < a.y + a.height + pad
  );
}

function distanceToBox(px: number, py: number, box: Box): number {
  const dx = Math.max(box.x - px, 0, px - box.x - box.width);
  const dy = Math.max(box.y - py, 0, py - box.y - box.height);
  return Math.hypot(dx, dy);
}

/** Distance from the point (px, py) to the segment (ax, ay)-(bx, by). */
function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Whether the segment (ax, ay)-(bx, by) passes through `box` grown by `pad` (Liang-Barsky clipping). */
function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, box: Box, pad: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const sides: [number, number][] = [
    [-dx, ax - (box.x - pad)],
    [dx, box.x + box.width + pad - ax],
    [-dy, ay - (box.y - pad)],
    [dy, box.y + box.height + pad - ay],
  ];
  let enter = 0;
  let leave = 1;
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

/** Which side of the line through `s` the point (x, y) lies on: -1, 0 or 1. */
function sideOf(s: Segment, x: number, y: number): number {
  return Math.sign((s.bx - s.ax) * (y - s.ay) - (s.by - s.ay) * (x - s.ax));
}

/** Whether two leader lines cross: each one's ends lie on opposite sides of the other. */
function segmentsCross(s: Segment, t: Segment): boolean {
  return (
    sideOf(s, t.ax, t.ay) * sideOf(s, t.bx, t.by) < 0 && sideOf(t, s.ax, s.ay) * sideOf(t, s.bx, s.by) < 0
  );
}

/** The point of `box` nearest to (x, y): where a leader line from that point meets the box. */
export function nearestOnBox(x: number, y: number, box: Box): { x: number; y: number } {
  return {
    x: Math.min(Math.max(x, box.x), box.x + box.width),
    y: Math.min(Math.max(y, box.y), box.y + box.height),
  };
}

/**
 * Places callout boxes next to their points, each radiating away from the middle of all the points, so
 * that no two boxes overlap, no box covers another callout's point or a keep-out disc, no leader line
 * crosses another leader line, another callout's box or a keep-out disc it does not start in, and every
 * box stays inside `area`. Deterministic: the same input always gives the same places, so callouts do not
 * jitter at rest. A callout that finds no free place (`crowded` is then true) takes its first place
 * inside the area clear of the boxes already placed, or, with none left, its first place inside the area.
 */
export function placeCallouts(
  callouts: readonly CalloutToPlace[],
  area: Area,
  keepouts: readonly Keepout[] = [],
): { boxes: Box[]; crowded: boolean } {
  const n = callouts.length;
  // Callouts radiate from the first keep-out (the diseased spot) when there is one, else from the
  // middle of their points.
  const midX = keepouts[0]?.x ?? callouts.reduce((sum, c) => sum + c.anchorX, 0) / Math.max(1, n);
  const midY = keepouts[0]?.y ?? callouts.reduce((sum, c) => sum + c.anchorY, 0) / Math.max(1, n);
  const inside = (b: Box) =>
    b.x >= area.edge &&
    b.y >= (area.top ?? area.edge) &&
    b.x + b.width <= area.width - area.edge &&
    b.y + b.height <= area.height - area.bottom;
  const boxes: Box[] = [];
  const leaders: Segment[] = [];
  let crowded = false;
  callouts.forEach((c, i) => {
    let away = Math.atan2(c.anchorY - midY, c.anchorX - midX);
    // A point at the middle goes out toward the nearer side of the view, away from the structures.
    if (Math.hypot(c.anchorX - midX, c.anchorY - midY) < 12) {
      away = c.anchorX < area.width / 2 ? Math.PI + (i % 2) * 0.5 : -(i % 2) * 0.5;
    }
    const candidates: { box: Box; cost: number }[] = [];
    for (const reach of REACH_PX) {
      for (const turn of TURNS) {
        const angle = away + (turn * Math.PI) / 6;
        const ux = Math.cos(angle);
        const uy = Math.sin(angle);
        const along = Math.abs(ux) * (c.width / 2) + Math.abs(uy) * (c.height / 2);
        const cx = c.anchorX + ux * (reach + along);
        const cy = c.anchorY + uy * (reach + along);
        const box = { x: cx - c.width / 2, y: cy - c.height / 2, width: c.width, height: c.height };
        candidates.push({ box, cost: reach + Math.abs(turn) * TURN_COST_PX });
      }
    }
    candidates.sort((a, b) => a.cost - b.cost);
    const free = (box: Box) => {
      if (!inside(box)) return false;
      if (boxes.some((placed) => overlaps(box, placed, PAD))) return false;
      if (callouts.some((other) => distanceToBox(other.anchorX, other.anchorY, box) < PAD)) return false;
      const end = nearestOnBox(c.anchorX, c.anchorY, box);
      if (boxes.some((placed) => segmentMeetsBox(c.anchorX, c.anchorY, end.x, end.y, placed, LINE_PAD)))
        return false;
      if (leaders.some((l) => segmentMeetsBox(l.ax, l.ay, l.bx, l.by, box, LINE_PAD))) return false;
      // Crossed leader lines make the eye follow the wrong one to the wrong structure. Lines from points
      // a few pixels apart fan out from one place, and the eye cannot mix them up.
      const leader = { ax: c.anchorX, ay: c.anchorY, bx: end.x, by: end.y };
      const crosses = (l: Segment) =>
        Math.hypot(l.ax - leader.ax, l.ay - leader.ay) > SAME_POINT_PX && segmentsCross(l, leader);
      if (leaders.some(crosses)) return false;
      return keepouts.every((k) => {
        if (distanceToBox(k.x, k.y, box) < k.r + PAD) return false;
        const startsInside = Math.hypot(c.anchorX - k.x, c.anchorY - k.y) <= k.r;
        return startsInside || distanceToSegment(k.x, k.y, c.anchorX, c.anchorY, end.x, end.y) >= k.r;
      });
    };
    const chosen = candidates.find((candidate) => free(candidate.box));
    if (!chosen) crowded = true;
    // Crowded (a small view, such as a phone turned sideways): a line may then cross another, but no box
    // may hide another, since a hidden marker is one the patient cannot see or press.
    const apart = (box: Box) => inside(box) && !boxes.some((placed) => overlaps(box, placed, PAD));
    const box = (
      chosen ??
      candidates.find((candidate) => apart(candidate.box)) ??
      candidates.find((candidate) => inside(candidate.box)) ??
      candidates[0]
    ).box;
    const end = nearestOnBox(c.anchorX, c.anchorY, box);
    boxes.push(box);
    leaders.push({ ax: c.anchorX, ay: c.anchorY, bx: end.x, by: end.y });
  });
  return { boxes, crowded };
}
