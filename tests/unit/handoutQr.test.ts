import jsQR from 'jsqr';
import { generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { conditionById } from '../../src/content';
import { handoutLink } from '../../src/ui/Handout';

/** The QR code as a phone's camera would see it: black modules on white, 4 pixels each, with a margin. */
function picture(text: string): { rgba: Uint8ClampedArray; size: number } {
  const code = generate(text);
  const scale = 4;
  const size = (code.size + 8) * scale;
  const rgba = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4;
          rgba.fill(0, i, i + 3);
        }
      }
    }
  }
  return { rgba, size };
}

describe("the handout's QR code", () => {
  it('reads back, as a phone would, as the link to the condition in the chosen language', () => {
    const link = handoutLink('https://spine.riverside.example/explorer/', conditionById('bone-spurs'), 'es');
    expect(link).toBe('https://spine.riverside.example/explorer/?lang=es#bone-spurs');
    const { rgba, size } = picture(link);
    expect(jsQR(rgba, size, size)?.data).toBe(link);
  });
});
