// @vitest-environment node
// The surface layers of spine.glb: the gluteus maximus over piriformis and the sciatic nerve, and the skin
// outline around everything. Each test prints the figure it measured.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Model, minDistance, rayHits, type V3, worldPoints, worldTriangles } from './helpers';

const report = (figure: string) => console.info(`model: ${figure}`);
const BACK: V3 = [0, 0, -1];

let model: Model;
beforeAll(async () => {
  model = await loadModel('spine.glb');
});

describe.each(['left', 'right'])('gluteus maximus (%s)', (side) => {
  it('covers piriformis and the sciatic nerve from behind, from the ilium, sacrum and coccyx to the femur', () => {
    const glute = worldTriangles(model.node(`gluteus_maximus_${side}`));
    // the muscle-and-nerve exit from the greater sciatic foramen, seen from behind
    const piri = worldPoints(model.node(`piriformis_${side}`));
    const sci = worldPoints(model.node(`sciatic_nerve_${side}`));
    const exitY = Math.min(...piri.map((p) => p[1])) + 5;
    const exit = [...piri, ...sci].filter((p) => Math.abs(p[1] - exitY) < 25);
    const covered = exit.filter((p) => rayHits(glute, p, BACK).some((t) => t > 0)).length / exit.length;
    const g = worldPoints(model.node(`gluteus_maximus_${side}`));
    const gap = (n: string) => minDistance(g, worldPoints(model.node(n)), 12, 4);
    const at = {
      hip: gap(`hip_${side}`),
      sacrum: gap('sacrum'),
      coccyx: gap('coccyx'),
      femur: gap(`femur_${side}`),
    };
    report(
      `gluteus_maximus_${side}: covers ${(covered * 100).toFixed(0)}% of the piriformis/sciatic exit from behind; ` +
        `gaps hip ${at.hip.toFixed(1)}, sacrum ${at.sacrum.toFixed(1)}, coccyx ${at.coccyx.toFixed(1)}, femur ${at.femur.toFixed(1)} mm`,
    );
    expect(covered).toBeGreaterThan(0.9);
    for (const d of Object.values(at)) expect(d).toBeLessThan(8);
  });
});

describe('skin', () => {
  it('encloses every other structure: a ray out of any of their points crosses the skin once', () => {
    const skin = worldTriangles(model.node('skin'));
    const scene = model.doc.getRoot().getDefaultScene();
    const names = (scene?.listChildren() ?? []).map((n) => n.getName()).filter((n) => n !== 'skin');
    let outside = 0;
    let checked = 0;
    for (const n of names) {
      const pts = worldPoints(model.node(n));
      // every 97th vertex, with the extremes of each structure
      const pick = pts.filter((_, i) => i % 97 === 0);
      for (let k = 0; k < 3; k++) {
        pick.push(
          pts.reduce((a, b) => (b[k] > a[k] ? b : a)),
          pts.reduce((a, b) => (b[k] < a[k] ? b : a)),
        );
      }
      for (const p of pick) {
        checked++;
        const crossings = rayHits(skin, p, [0.3, 0.1, 0.95]).filter((t) => t > 0).length;
        if (crossings % 2 === 0) outside++;
      }
    }
    report(`skin: ${checked - outside} of ${checked} sampled points of ${names.length} structures inside`);
    expect(outside).toBe(0);
  });
});
