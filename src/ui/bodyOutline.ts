/**
 * A plain body outline, front and back, like the body charts of pain questionnaires, as SVG path data.
 *
 * Units: the figure is about 302 units tall (top of the head at y = 0, soles at y = 302), centred on
 * x = 0; x grows toward the viewer's right. Proportions follow the eight-head canon: chin at 33, crotch
 * at 154, knee at 200-230, ankle at 285. Shapes are drawn for one side (x >= 0) and mirrored.
 */

type Point = readonly [number, number];
export type FigureView = 'front' | 'back';

/** The outline from the neck down one side and up the inner leg to the crotch, without the foot. */
const TRUNK_AND_LEG_OUTER: Point[] = [
  [0, 28],
  [6, 28],
  [6.5, 38],
  [14, 43],
  [24, 46],
  [29, 51],
  [30, 60],
  [27, 72],
  [25.5, 88],
  [23.5, 106],
  [25.5, 122],
  [28, 135],
  [29, 150],
  [28, 168],
  [26.5, 186],
  [23.5, 204],
  [22, 218],
  [22.5, 232],
  [23, 246],
  [21.5, 262],
  [18, 276],
  [16.5, 284],
];
const INNER_LEG: Point[] = [
  [8, 285],
  [6.5, 272],
  [5, 258],
  [5, 242],
  [4.5, 228],
  [3.5, 212],
  [2.5, 192],
  [1.8, 172],
  [1.2, 159],
  [0, 155],
];
/** Seen from the front the foot points at us: its top widens a little below the ankle. */
const FOOT_FRONT: Point[] = [
  [18.5, 291],
  [20, 298],
  [18, 302],
  [12, 303],
  [7.5, 300],
];
/** Seen from behind only the heel shows. */
const FOOT_BACK: Point[] = [
  [16.5, 292],
  [15, 299],
  [11.5, 302],
  [8.5, 299],
];

/** One arm hanging a little away from the side, shoulder to fingertips. */
const ARM: Point[] = [
  [26, 47],
  [33, 56],
  [36, 76],
  [38.5, 100],
  [40.5, 124],
  [42.5, 148],
  [44.5, 160],
  [44, 170],
  [40.5, 175],
  [37, 171],
  [35.5, 160],
  [34, 147],
  [32, 124],
  [30.5, 102],
  [29.5, 82],
  [28, 66],
];

const mirror = ([x, y]: Point): Point => [-x, y];
const f = (n: number) => Number(n.toFixed(2));

/**
 * A smooth closed SVG path through `points` (Catmull-Rom turned into cubic Béziers), so the outline can
 * be written as a few points and still look drawn.
 */
export function smoothClosedPath(points: readonly Point[]): string {
  const n = points.length;
  const at = (i: number) => points[(i + n) % n] as Point;
  let d = `M${f(at(0)[0])},${f(at(0)[1])}`;
  for (let i = 0; i < n; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${f(c1[0])},${f(c1[1])} ${f(c2[0])},${f(c2[1])} ${f(p2[0])},${f(p2[1])}`;
  }
  return `${d}Z`;
}

function trunkAndLegs(view: FigureView): string {
  const side = [...TRUNK_AND_LEG_OUTER, ...(view === 'front' ? FOOT_FRONT : FOOT_BACK), ...INNER_LEG];
  // The other side runs back up, without repeating the points on the midline.
  const other = side
    .filter(([x]) => x !== 0)
    .map(mirror)
    .reverse();
  return smoothClosedPath([...side, ...other]);
}

/** The shapes whose union is the body seen from `view`. */
export interface FigureShapes {
  head: { cx: number; cy: number; rx: number; ry: number };
  /** Trunk and both legs, one closed path. */
  body: string;
  /** The two arms. */
  arms: readonly [string, string];
  /** Thin lines inside the outline that tell the back from the front: the buttocks. */
  details?: string;
}

const ARMS = [smoothClosedPath(ARM), smoothClosedPath(ARM.map(mirror))] as const;
const HEAD = { cx: 0, cy: 16, rx: 12, ry: 16 };

/** The body outline for each view, built once. */
export const FIGURE: Record<FigureView, FigureShapes> = {
  front: {
    head: HEAD,
    body: trunkAndLegs('front'),
    arms: ARMS,
  },
  back: {
    head: HEAD,
    body: trunkAndLegs('back'),
    arms: ARMS,
    // The cleft between the buttocks and the fold under each.
    details: 'M0,124V152M2,156Q12,160 23,155M-2,156Q-12,160 -23,155',
  },
};
