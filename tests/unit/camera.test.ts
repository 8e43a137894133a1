import { describe, expect, it } from 'vitest';
import { stepWeights } from '../../src/scene/usePathology';
import { DOLLY_STEP, nudgeForKey, ROTATE_STEP } from '../../src/state/cameraNudge';

describe('keys on the 3D view', () => {
  it('turns with the arrows and zooms with + and -', () => {
    // Left and right turn the same step in opposite directions; up and down tilt; + and - zoom in and out.
    expect(nudgeForKey('ArrowLeft')).toEqual({ kind: 'rotate', azimuth: ROTATE_STEP, polar: 0 });
    expect(nudgeForKey('ArrowRight')).toEqual({ kind: 'rotate', azimuth: -ROTATE_STEP, polar: 0 });
    expect(nudgeForKey('ArrowUp')).toEqual({ kind: 'rotate', azimuth: 0, polar: ROTATE_STEP });
    expect(nudgeForKey('ArrowDown')).toEqual({ kind: 'rotate', azimuth: 0, polar: -ROTATE_STEP });
    expect(nudgeForKey('+')).toEqual({ kind: 'dolly', amount: DOLLY_STEP });
    expect(nudgeForKey('=')).toEqual(nudgeForKey('+'));
    expect(nudgeForKey('-')).toEqual({ kind: 'dolly', amount: -DOLLY_STEP });
    expect(ROTATE_STEP).toBeGreaterThan(0);
    expect(DOLLY_STEP).toBeGreaterThan(0);
    expect(nudgeForKey('a')).toBeNull();
  });
});

describe('the pathology animation', () => {
  const zero = () => ({
    'bulging-disc': 0,
    'herniated-disc': 0,
    'bone-spurs': 0,
    'facet-arthritis': 0,
    spondylolisthesis: 0,
    'piriformis-syndrome': 0,
  });

  it('reaches the affected stage in about a second and a half, then stops', () => {
    const weights = zero();
    const goals = { ...zero(), 'herniated-disc': 1 };
    let frames = 0;
    while (stepWeights(weights, goals, 1 / 60, false)) frames += 1;
    expect(weights['herniated-disc']).toBe(1);
    expect(frames / 60).toBeGreaterThan(1);
    expect(frames / 60).toBeLessThan(2);
  });

  it('heals the previous condition while the next one appears', () => {
    const weights = { ...zero(), 'bone-spurs': 1 };
    const goals = { ...zero(), 'facet-arthritis': 1 };
    stepWeights(weights, goals, 0.5, false);
    expect(weights['bone-spurs']).toBeLessThan(1);
    expect(weights['facet-arthritis']).toBeGreaterThan(0);
  });

  it('jumps straight there when motion is reduced', () => {
    const weights = zero();
    expect(stepWeights(weights, { ...zero(), spondylolisthesis: 1 }, 1 / 60, true)).toBe(false);
    expect(weights.spondylolisthesis).toBe(1);
  });
});
