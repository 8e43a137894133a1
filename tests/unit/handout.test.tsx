// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clinic } from '../../src/config/clinic';
import { conditionById, overview, t, URGENT_SIGNS } from '../../src/content';
import { overlay } from '../../src/state/overlay';
import { resetViewer, useViewer } from '../../src/state/store';
import { Handout } from '../../src/ui/Handout';

const herniated = conditionById('herniated-disc');

/** The printed page for a condition, as the print dialog would get it. */
function printed(publicUrl: string | null, picture: string | null = null): HTMLElement {
  render(<Handout condition={herniated} picture={picture} publicUrl={publicUrl} />);
  const sheet = document.querySelector<HTMLElement>('.handout');
  if (!sheet) throw new Error('no handout in the page');
  return sheet;
}

afterEach(() => {
  cleanup();
  resetViewer();
  overlay.setState({ healthyEdge: false });
});

describe('the printed handout', () => {
  it('without a public address: no QR code, no link, and it says whom to ask for the page', () => {
    const sheet = printed(null);
    expect(sheet.querySelector('.qr')).toBeNull();
    expect(sheet.textContent).not.toMatch(/https?:\/\//);
    expect(sheet.textContent).toContain(t('handoutAsk', 'en', { clinic: clinic.name }));
  });

  it("with the clinic's public address: a QR code and link that open this condition in this language", () => {
    useViewer.getState().setLang('es');
    const sheet = printed('https://spine.riverside.example/explorer/');
    const link = 'https://spine.riverside.example/explorer/?lang=es#herniated-disc';
    expect(sheet.querySelector('.qr')?.getAttribute('aria-label')).toBe(link);
    expect(sheet.querySelector('.handout-link')?.textContent).toBe(link);
    expect(sheet.textContent).not.toContain(window.location.host);
  });

  it('carries the notice that it is not a diagnosis and every warning sign', () => {
    const sheet = printed(null);
    expect(sheet.textContent).toContain(overview.disclaimer.en);
    for (const sign of [...URGENT_SIGNS.emergency.en, ...URGENT_SIGNS.sameDay.en]) {
      expect(sheet.textContent).toContain(sign);
    }
    expect(sheet.textContent).toContain(t('redFlags', 'en'));
  });

  it("says what the dashed line in the picture is when the cut drew the culprit's healthy shape", () => {
    const picture = 'data:image/png;base64,AAAA';
    expect(printed(null, picture).textContent).not.toContain(t('healthyEdgeKey', 'en'));
    cleanup();
    overlay.setState({ healthyEdge: true });
    expect(printed(null, picture).textContent).toContain(t('healthyEdgeKey', 'en'));
  });
});
