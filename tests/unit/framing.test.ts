import { describe, expect, it } from 'vitest';
import { CAMERA_FOV_DEG, fitView, framingFor, homeFraming, type NodeBox } from '../../src/state/framing';
import type { ModelCondition } from '../../src/state/store';

type V = [number, number, number];
const box = (min: V, max: V): NodeBox => ({ min, max });

/** Where a point lands on the screen, -1 to 1 each way, for a camera at `position` looking at `target`. */
function project(point: V, position: V, target: V, aspect: number): [number, number] {
  const f = target.map((t, i) => t - position[i]) as V;
  const fl = Math.hypot(...f);
  const fw = f.map((v) => v / fl) as V;
  const r = [fw[1] * 0 - fw[2] * 1, fw[2] * 0 - fw[0] * 0, fw[0] * 1 - fw[1] * 0] as V;
  const rl = Math.hypot(...r);
  const right = r.map((v) => v / rl) as V;
  const up = [
    right[1] * fw[2] - right[2] * fw[1],
    right[2] * fw[0] - right[0] * fw[2],
    right[0] * fw[1] - right[1] * fw[0],
  ] as V;
  const d = point.map((p, i) => p - position[i]) as V;
  const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const depth = dot(d, fw);
  const tan = Math.tan((CAMERA_FOV_DEG * Math.PI) / 360);
  return [dot(d, right) / depth / (tan * aspect), dot(d, up) / depth / tan];
}

const spine: Record<string, NodeBox> = {
  L1: box([-0.04, 0.14, -0.05], [0.04, 0.2, 0.04]),
  L5: box([-0.05, 0.0, -0.05], [0.05, 0.06, 0.03]),
  sacrum: box([-0.05, -0.1, -0.05], [0.05, 0.03, 0.01]),
  hip_left: box([0, -0.17, -0.06], [0.13, 0.05, 0.1]),
  hip_right: box([-0.13, -0.17, -0.06], [0, 0.05, 0.1]),
  disc_L5_S1: box([-0.025, -0.01, -0.013], [0.025, 0.018, 0.023]),
  root_S1_left: box([0.001, -0.11, -0.03], [0.07, 0.024, 0.004]),
};

describe('fitting a view to the model and the screen', () => {
  it('shows every framed point inside the view, filling most of it, on wide and tall screens', () => {
    const points: V[] = [
      [-0.1, -0.1, 0],
      [0.1, 0.2, 0.05],
      [0, 0, -0.05],
    ];
    for (const aspect of [16 / 9, 4 / 3, 3 / 4]) {
      const { position, target } = fitView(points, [0.3, 0.2, 0.9], aspect, 0.8);
      const screen = points.map((p) => project(p, position, target, aspect));
      for (const [x, y] of screen) {
        expect(Math.abs(x)).toBeLessThanOrEqual(0.81);
        expect(Math.abs(y)).toBeLessThanOrEqual(0.81);
      }
      const reach = Math.max(...screen.flatMap(([x, y]) => [Math.abs(x), Math.abs(y)]));
      expect(reach).toBeGreaterThan(0.7);
    }
  });

  it('frames a condition from its side, with its spot near the middle', () => {
    const place: ModelCondition = {
      node: 'disc_L5_S1',
      compresses: 'root_S1_left',
      hotspot: [0.006, 0.016, -0.016],
      side: 'left',
    };
    const goal = framingFor('herniated-disc', { 'herniated-disc': place }, spine, 16 / 9, 1);
    expect(goal).not.toBeNull();
    if (!goal) return;
    // From above, behind, and the left (the pressed root's side).
    expect(goal.position[1]).toBeGreaterThan(goal.target[1]);
    expect(goal.position[2]).toBeLessThan(goal.target[2]);
    expect(goal.position[0]).toBeGreaterThan(goal.target[0]);
    const [x, y] = project(place.hotspot, goal.position, goal.target, 16 / 9);
    expect(Math.hypot(x, y)).toBeLessThan(0.4);
    // The same condition on the right side is seen from the right.
    const right = framingFor(
      'herniated-disc',
      { 'herniated-disc': { ...place, side: 'right' } },
      spine,
      16 / 9,
      1,
    );
    expect(right && right.position[0] < right.target[0]).toBe(true);
  });

  it('fits the home view to the spine and pelvis, nearer on a wide screen than on a tall one', () => {
    const wide = homeFraming(spine, 16 / 9);
    const tall = homeFraming(spine, 9 / 16);
    expect(wide && tall).toBeTruthy();
    if (!wide || !tall) return;
    const distance = (g: { position: V; target: V }) =>
      Math.hypot(...g.position.map((p, i) => p - g.target[i]));
    expect(distance(wide)).toBeLessThan(distance(tall));
    expect(homeFraming({}, 16 / 9)).toBeNull();
  });
});
