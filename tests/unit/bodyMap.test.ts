import { describe, expect, it } from 'vitest';
import {
  BODY_MAP_TEXT,
  conditionById,
  conditions,
  LANGS,
  LocalizedSchema,
  painAreaOf,
  SKIN_AREA_IDS,
  SKIN_AREAS,
  shadedText,
} from '../../src/content';
import { viewerSign } from '../../src/ui/BodyMap';
import { FIGURE } from '../../src/ui/bodyOutline';

describe('where a condition is felt', () => {
  it('maps every condition to a skin area with something to shade, on the side of its pressed nerve', () => {
    for (const condition of conditions) {
      const painArea = painAreaOf(condition);
      expect(painArea, condition.id).not.toBeNull();
      if (!painArea) continue;
      const area = SKIN_AREAS[painArea.area];
      expect(area.front.length + area.back.length, condition.id).toBeGreaterThan(0);
      expect(painArea.side).toBe(condition.painSide);
      if (painArea.side !== 'both') expect(condition.nerve.node.endsWith(`_${painArea.side}`)).toBe(true);
    }
  });

  it('shades the root the content names, and the sciatic area for piriformis', () => {
    expect(painAreaOf(conditionById('herniated-disc'))).toEqual({ area: 'S1', side: 'left' });
    expect(painAreaOf(conditionById('bulging-disc'))).toEqual({ area: 'L5', side: 'both' });
    expect(painAreaOf(conditionById('bone-spurs'))).toEqual({ area: 'L4', side: 'left' });
    expect(painAreaOf(conditionById('facet-arthritis'))).toEqual({ area: 'L4', side: 'right' });
    expect(painAreaOf(conditionById('piriformis-syndrome'))).toEqual({ area: 'sciatic', side: 'right' });
  });

  it('follows the nerve and side of the data, not the condition', () => {
    const nerve = (node: 'root_L5_right' | 'root_L3_left') => ({ node, label: { en: 'x', es: 'x' } });
    expect(painAreaOf({ nerve: nerve('root_L5_right'), painSide: 'right' })).toEqual({
      area: 'L5',
      side: 'right',
    });
    // A root without a drawn area shades nothing rather than the wrong place.
    expect(painAreaOf({ nerve: nerve('root_L3_left'), painSide: 'left' })).toBeNull();
  });

  it('puts the patient’s left on the viewer’s right from the front, and on the viewer’s left from behind', () => {
    expect(viewerSign('front', 'left')).toBe(1);
    expect(viewerSign('front', 'right')).toBe(-1);
    expect(viewerSign('back', 'left')).toBe(-1);
    expect(viewerSign('back', 'right')).toBe(1);
  });

  it('keeps every shape on one side of the midline and within the figure, with a source', () => {
    for (const id of SKIN_AREA_IDS) {
      const area = SKIN_AREAS[id];
      expect(area.sources.length, id).toBeGreaterThan(0);
      for (const patch of [...area.front, ...area.back]) {
        for (const [x, y] of patch) {
          expect(x, id).toBeGreaterThanOrEqual(0);
          expect(y, id).toBeGreaterThan(100);
          expect(y, id).toBeLessThanOrEqual(310);
        }
      }
    }
    expect(SKIN_AREAS.S1.back.length).toBeGreaterThan(0);
    expect(SKIN_AREAS.sciatic.front).toEqual([]);
  });

  it('says which area and side in both languages', () => {
    expect(shadedText({ area: 'S1', side: 'left' }, 'en')).toBe(
      'Shaded: where the S1 nerve root can cause pain or numbness, on the left side.',
    );
    expect(shadedText({ area: 'L5', side: 'both' }, 'es')).toBe(
      'Sombreado: donde la raíz nerviosa L5 puede causar dolor o adormecimiento, en los dos lados.',
    );
    const texts = [
      ...Object.values(SKIN_AREAS).map((a) => a.name),
      BODY_MAP_TEXT.front,
      BODY_MAP_TEXT.back,
      BODY_MAP_TEXT.left,
      BODY_MAP_TEXT.right,
      BODY_MAP_TEXT.figure,
      BODY_MAP_TEXT.shaded,
      BODY_MAP_TEXT.guide,
      ...Object.values(BODY_MAP_TEXT.onSide),
    ];
    for (const text of texts) expect(LocalizedSchema.safeParse(text).success, text.en).toBe(true);
    for (const lang of LANGS)
      expect(shadedText({ area: 'sciatic', side: 'right' }, lang)).not.toMatch(/[{}]/);
  });

  it('draws a closed outline for the front and the back', () => {
    for (const view of ['front', 'back'] as const) {
      expect(FIGURE[view].body).toMatch(/^M[-\d.,]+C.*Z$/);
      expect(FIGURE[view].body).not.toMatch(/NaN/);
    }
  });
});
