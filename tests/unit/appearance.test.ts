import { describe, expect, it } from 'vitest';
import { type Focus, lookFor, mirrorSide, nervesFor } from '../../src/scene/appearance';
import { DEFAULT_LAYERS } from '../../src/state/store';

const overview: Focus = {
  layers: DEFAULT_LAYERS,
  isolated: null,
  affected: null,
  compressed: [],
  painPath: [],
};

describe('how a structure is drawn', () => {
  it('shows everything solid in the overview', () => {
    expect(lookFor('L4', 'bones', overview)).toMatchObject({ visible: true, opacity: 1, glow: 0 });
  });

  it('follows the layers menu: hidden, translucent', () => {
    const layers = { ...DEFAULT_LAYERS, bones: 'hidden' as const, discs: 'translucent' as const };
    expect(lookFor('L4', 'bones', { ...overview, layers }).visible).toBe(false);
    expect(lookFor('disc_L4_L5', 'discs', { ...overview, layers }).opacity).toBeLessThan(0.5);
  });

  it('opens with a faint skin outline and the gluteus off, and hides both in a condition view', () => {
    const skin = lookFor('skin', 'skin', overview);
    expect(skin.visible).toBe(true);
    expect(skin.opacity).toBeLessThan(
      lookFor('L4', 'bones', { ...overview, layers: { ...DEFAULT_LAYERS, bones: 'translucent' } }).opacity,
    );
    expect(lookFor('gluteus_maximus_left', 'gluteus', overview).visible).toBe(false);
    const layers = { ...DEFAULT_LAYERS, gluteus: 'translucent' as const };
    const glute = lookFor('gluteus_maximus_left', 'gluteus', { ...overview, layers });
    expect(glute).toMatchObject({ visible: true });
    expect(glute.opacity).toBeLessThan(0.5);
    const condition: Focus = {
      ...overview,
      layers,
      affected: ['piriformis_right'],
      compressed: ['sciatic_nerve_right'],
      painPath: [],
      context: { solid: ['hip_right', 'sacrum'], faded: ['femur_right'] },
    };
    expect(lookFor('skin', 'skin', condition).visible).toBe(false);
    expect(lookFor('gluteus_maximus_right', 'gluteus', condition).visible).toBe(false);
  });

  it('shows only the isolated structure', () => {
    const focus = { ...overview, isolated: ['piriformis_left', 'piriformis_right'] };
    expect(lookFor('piriformis_left', 'muscles', focus).visible).toBe(true);
    expect(lookFor('L4', 'bones', focus).visible).toBe(false);
  });

  it('makes the pressed nerve glow and the leg nerve light up, and fades unrelated bone', () => {
    const focus: Focus = {
      ...overview,
      affected: ['disc_L5_S1'],
      compressed: ['root_S1_left'],
      painPath: ['sciatic_nerve_left'],
    };
    const pressed = lookFor('root_S1_left', 'nerves', focus);
    const leg = lookFor('sciatic_nerve_left', 'nerves', focus);
    const otherLeg = lookFor('sciatic_nerve_right', 'nerves', focus);
    expect(pressed.glow).toBeGreaterThan(leg.glow);
    expect(leg.glow).toBeGreaterThan(0);
    expect(otherLeg.glow).toBe(0);
    expect(lookFor('hip_left', 'bones', focus).opacity).toBeLessThan(0.5);
    expect(lookFor('disc_L5_S1', 'discs', focus).opacity).toBe(1);
  });

  it('tints growing bone only on the affected bones of a condition whose change is new bone', () => {
    const focus: Focus = {
      ...overview,
      affected: ['L4', 'L5', 'root_L4_left'],
      compressed: ['root_L4_left'],
    };
    const spurs = { ...focus, newBone: true };
    expect(lookFor('L5', 'bones', spurs, 'bone').growth).toBe(true);
    expect(lookFor('L3', 'bones', spurs, 'bone').growth).toBeFalsy();
    expect(lookFor('root_L4_left', 'nerves', spurs, 'nerve').growth).toBeFalsy();
    // A slip moves bone but grows none: no tint.
    expect(lookFor('L5', 'bones', focus, 'bone').growth).toBeFalsy();
  });

  it("tints a diseased disc's ring where it spreads out, and no healthy disc", () => {
    const focus: Focus = { ...overview, affected: ['disc_L4_L5'], compressed: ['root_L5_left'] };
    expect(lookFor('disc_L4_L5', 'discs', focus, 'disc_annulus').growth).toBe(true);
    expect(lookFor('disc_L3_L4', 'discs', focus, 'disc_annulus').growth).toBeFalsy();
  });

  it('tints a swollen muscle only where the condition names it', () => {
    const focus: Focus = {
      ...overview,
      affected: ['piriformis_right'],
      compressed: ['sciatic_nerve_right'],
    };
    expect(lookFor('piriformis_right', 'muscles', focus, 'muscle').growth).toBe(true);
    expect(lookFor('piriformis_left', 'muscles', focus, 'muscle').growth).toBeFalsy();
    expect(lookFor('piriformis_right', 'muscles', { ...focus, affected: null }, 'muscle').growth).toBeFalsy();
  });

  it('keeps a pressed nerve visible even when nerves are hidden', () => {
    const focus: Focus = {
      layers: { ...DEFAULT_LAYERS, nerves: 'hidden' },
      isolated: null,
      affected: ['piriformis_right'],
      compressed: ['sciatic_nerve_right'],
      painPath: [],
    };
    expect(lookFor('sciatic_nerve_right', 'nerves', focus).visible).toBe(true);
  });
});

describe('sides of the body', () => {
  it('mirrors left and right node names', () => {
    expect(mirrorSide('root_L5_left')).toBe('root_L5_right');
    expect(mirrorSide('sciatic_nerve_right')).toBe('sciatic_nerve_left');
    expect(mirrorSide('L4')).toBe('L4');
  });

  it('presses both roots and both legs for a central problem', () => {
    expect(nervesFor('root_L5_left', 'both')).toEqual({
      compressed: ['root_L5_left', 'root_L5_right'],
      painPath: ['sciatic_nerve_left', 'sciatic_nerve_right'],
    });
    expect(nervesFor('root_S1_left', 'left').painPath).toEqual(['sciatic_nerve_left']);
  });
});
