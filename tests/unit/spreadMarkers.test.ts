import { describe, expect, it } from 'vitest';
import { spreadMarkers } from '../../src/scene/spreadMarkers';

const gapsOf = (points: { x: number; y: number }[]) =>
  points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));

describe('spreading markers that would overlap', () => {
  it('leaves markers that are already apart where they are', () => {
    const points = [
      { x: 10, y: 10 },
      { x: 100, y: 10 },
    ];
    expect(spreadMarkers(points, 40)).toEqual(points);
  });

  it('moves three markers on one disc apart until each can be hit on its own', () => {
    const spread = spreadMarkers(
      [
        { x: 430, y: 272 },
        { x: 448, y: 282 },
        { x: 465, y: 272 },
      ],
      40,
    );
    for (const gap of gapsOf(spread)) expect(gap).toBeGreaterThanOrEqual(39.5);
    // Each stays near its spot.
    expect(Math.abs(spread[1].x - 448)).toBeLessThan(40);
  });

  it('separates markers on the very same spot, in list order, the same way every time', () => {
    const same = [
      { x: 50, y: 50 },
      { x: 50, y: 50 },
    ];
    const spread = spreadMarkers(same, 40);
    expect(spread[0].y).toBeLessThan(spread[1].y);
    expect(spreadMarkers(same, 40)).toEqual(spread);
  });
});
