import { type BufferGeometry, Matrix4, Plane, SphereGeometry, TorusGeometry, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { cutLoops, dashedStrip, loopLength } from '../../src/scene/section/healthyEdge';

const through = (normal: Vector3, at = 0) => new Plane(normal, -at);

/** The area of a flat triangle soup. */
function area(geometry: BufferGeometry): number {
  const p = geometry.getAttribute('position');
  const [a, b, c] = [new Vector3(), new Vector3(), new Vector3()];
  let sum = 0;
  for (let i = 0; i < p.count; i += 3) {
    a.fromBufferAttribute(p, i);
    b.fromBufferAttribute(p, i + 1).sub(a);
    c.fromBufferAttribute(p, i + 2).sub(a);
    sum += b.cross(c).length() / 2;
  }
  return sum;
}

describe('the healthy outline on a cut', () => {
  it('is one closed loop as long as the circle where a plane halves a ball', () => {
    // A disc-sized ball, 20 mm across; its UV seam splits vertices that must be welded into one loop.
    const ball = new SphereGeometry(0.01, 64, 32);
    const loops = cutLoops(ball, new Matrix4(), through(new Vector3(0, 0, 1)));
    expect(loops).toHaveLength(1);
    expect(loopLength(loops[0])).toBeCloseTo(2 * Math.PI * 0.01, 4);
  });

  it('follows the mesh where it is in the world, not where its file put it', () => {
    const ball = new SphereGeometry(0.01, 64, 32);
    const moved = new Matrix4().makeTranslation(0, 0, 0.008);
    const loops = cutLoops(ball, moved, through(new Vector3(0, 0, 1)));
    // 8 mm off the centre, the cut is a circle of radius 6 mm.
    expect(loopLength(loops[0])).toBeCloseTo(2 * Math.PI * 0.006, 3);
  });

  it('has one loop per piece of the cut', () => {
    const ring = new TorusGeometry(0.02, 0.005, 24, 64);
    expect(cutLoops(ring, new Matrix4(), through(new Vector3(1, 0, 0)))).toHaveLength(2);
    expect(cutLoops(ring, new Matrix4(), through(new Vector3(1, 0, 0), 0.1))).toHaveLength(0);
  });

  it('is dashed: the dashes cover their share of a band of the given width', () => {
    const loops = cutLoops(new SphereGeometry(0.01, 64, 32), new Matrix4(), through(new Vector3(0, 0, 1)));
    const style = { width: 0.001, dash: 0.002, gap: 0.001 };
    const strip = dashedStrip(loops, new Vector3(0, 0, 1), style);
    const expected = loopLength(loops[0]) * style.width * (2 / 3);
    expect(area(strip)).toBeGreaterThan(expected * 0.95);
    expect(area(strip)).toBeLessThan(expected * 1.05);
    // Every corner lies in the plane of the cut.
    const z = strip.getAttribute('position');
    for (let i = 0; i < z.count; i++) expect(Math.abs(z.getZ(i))).toBeLessThan(1e-9);
  });
});
