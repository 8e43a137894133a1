import { describe, expect, it } from 'vitest';
import { parseClinic } from '../../src/config/clinic';
import raw from '../../src/config/clinic.json';
import { ContentError, chooseTour, TOUR_STEPS, tour, URGENT_SIGNS_STEP } from '../../src/content';

describe('the clinic configuration', () => {
  it('accepts the shipped file', () => {
    expect(parseClinic(raw).name.length).toBeGreaterThan(0);
  });

  it('names the field at fault', () => {
    expect(() => parseClinic({ ...raw, defaultLang: 'fr' })).toThrow(/field "defaultLang"/);
    expect(() => parseClinic({ ...raw, logo: 'https://elsewhere.example/logo.png' })).toThrow(/field "logo"/);
    expect(() => parseClinic({ ...raw, frameAncestors: ['*'] })).toThrow(/field "frameAncestors.0"/);
  });

  it('picks and orders the tour steps a clinic asks for', () => {
    const [first, second] = TOUR_STEPS;
    const ids = [second.id, first.id, URGENT_SIGNS_STEP];
    expect(chooseTour(TOUR_STEPS, null)).toBe(TOUR_STEPS);
    expect(chooseTour(TOUR_STEPS, ids).map((s) => s.id)).toEqual(ids);
  });

  it('refuses a tour step that does not exist, naming it', () => {
    expect(() => chooseTour(TOUR_STEPS, ['region', 'no-such-step'])).toThrow(ContentError);
    expect(() => chooseTour(TOUR_STEPS, ['region', 'no-such-step'])).toThrow(/tour\.1.*"no-such-step"/);
  });

  it('keeps the warning signs in every tour: the full one, the shipped one and any a clinic picks', () => {
    expect(TOUR_STEPS.map((s) => s.id)).toContain(URGENT_SIGNS_STEP);
    expect(tour.map((s) => s.id)).toContain(URGENT_SIGNS_STEP);
    const withoutSigns = TOUR_STEPS.map((s) => s.id).filter((id) => id !== URGENT_SIGNS_STEP);
    expect(() => chooseTour(TOUR_STEPS, withoutSigns)).toThrow(
      `Content error in clinic configuration: field "tour" must include the "${URGENT_SIGNS_STEP}" step`,
    );
    // A content edit that dropped the step from the full tour fails the same way.
    const fullTourWithoutSigns = TOUR_STEPS.filter((s) => s.id !== URGENT_SIGNS_STEP);
    expect(() => chooseTour(fullTourWithoutSigns, null)).toThrow(
      `must include the "${URGENT_SIGNS_STEP}" step`,
    );
  });

  it('takes the public address for the handout, or none', () => {
    const { publicUrl: _, ...withoutUrl } = raw;
    expect(parseClinic(withoutUrl).publicUrl).toBeNull();
    expect(parseClinic({ ...raw, publicUrl: 'https://spine.riverside.example/' }).publicUrl).toBe(
      'https://spine.riverside.example/',
    );
    for (const bad of ['spine.riverside.example', 'ftp://riverside.example/', 'javascript:alert(1)']) {
      expect(() => parseClinic({ ...raw, publicUrl: bad }), bad).toThrow(
        /field "publicUrl" must be a web address/,
      );
    }
  });
});
