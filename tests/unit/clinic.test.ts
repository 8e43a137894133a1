import { describe, expect, it } from 'vitest';
import { parseClinic } from '../../src/config/clinic';
import raw from '../../src/config/clinic.json';
import { ContentError, chooseTour, TOUR_STEPS } from '../../src/content';

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
    expect(chooseTour(TOUR_STEPS, null)).toBe(TOUR_STEPS);
    expect(chooseTour(TOUR_STEPS, [second.id, first.id]).map((s) => s.id)).toEqual([second.id, first.id]);
  });

  it('refuses a tour step that does not exist, naming it', () => {
    expect(() => chooseTour(TOUR_STEPS, ['region', 'no-such-step'])).toThrow(ContentError);
    expect(() => chooseTour(TOUR_STEPS, ['region', 'no-such-step'])).toThrow(/tour\.1.*"no-such-step"/);
  });
});
