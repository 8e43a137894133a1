import { describe, expect, it } from 'vitest';
import { readModelConditions } from '../../src/scene/modelConditions';

const good = { node: 'disc_L5_S1', compresses: 'root_S1_left', hotspot: [0.01, 0, -0.02], side: 'left' };

describe("the model file's condition records", () => {
  it('reads a good record', () => {
    expect(readModelConditions({ conditions: { 'herniated-disc': good } })).toEqual({
      'herniated-disc': good,
    });
  });

  it('leaves out bad records, so a bad file loses markers, not the app', () => {
    const bad = {
      'bulging-disc': { ...good, hotspot: [0, 0] },
      'bone-spurs': { ...good, hotspot: [0, Number.NaN, 0] },
      'facet-arthritis': { ...good, node: 42 },
      spondylolisthesis: { ...good, compresses: undefined },
      'piriformis-syndrome': null,
      'herniated-disc': good,
      'slipped-rib': good,
    };
    expect(readModelConditions({ conditions: bad })).toEqual({ 'herniated-disc': good });
    for (const odd of [{}, { conditions: null }, { conditions: 'x' }, { conditions: [] }]) {
      expect(readModelConditions(odd)).toEqual({});
    }
  });

  it('reads an unknown side as both sides', () => {
    expect(readModelConditions({ conditions: { 'herniated-disc': { ...good, side: 'up' } } })).toEqual({
      'herniated-disc': { ...good, side: 'both' },
    });
  });
});
