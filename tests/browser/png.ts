import { inflateSync } from 'node:zlib';

/** Pixels of a decoded PNG, four bytes (RGBA) each. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Decodes the 8-bit RGB or RGBA, non-interlaced PNGs that Chromium's screenshots are. */
export function decodePng(png: Buffer): Pixels {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const colorType = body[9];
      if (body[8] !== 8 || (colorType !== 2 && colorType !== 6) || body[12] !== 0) {
        throw new Error('Only 8-bit RGB(A), non-interlaced PNGs are supported.');
      }
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? out[y * stride + x - channels] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: out };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < out.length; i += 3, j += 4) {
    rgba.set(out.subarray(i, i + 3), j);
    rgba[j + 3] = 255;
  }
  return { width, height, rgba };
}

/** A rectangle of a screenshot, in pixels. */
export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** `region` cut to the picture's edges. */
function clip(region: Region | undefined, width: number, height: number): Region {
  const r = region ?? { x: 0, y: 0, w: width, h: height };
  const x = Math.max(0, Math.round(r.x));
  const y = Math.max(0, Math.round(r.y));
  return {
    x,
    y,
    w: Math.min(width, Math.round(r.x + r.w)) - x,
    h: Math.min(height, Math.round(r.y + r.h)) - y,
  };
}

/**
 * Share of pixels, 0 to 1, whose colours differ noticeably between two same-sized screenshots, in all
 * of them or in `region`.
 */
export function imageDifference(a: Buffer, b: Buffer, region?: Region): number {
  const x = decodePng(a);
  const y = decodePng(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  const r = clip(region, x.width, x.height);
  let differing = 0;
  for (let row = r.y; row < r.y + r.h; row++) {
    for (let col = r.x; col < r.x + r.w; col++) {
      const i = (row * x.width + col) * 4;
      const delta =
        Math.abs(x.rgba[i] - y.rgba[i]) +
        Math.abs(x.rgba[i + 1] - y.rgba[i + 1]) +
        Math.abs(x.rgba[i + 2] - y.rgba[i + 2]);
      if (delta > 24) differing += 1;
    }
  }
  return differing / Math.max(1, r.w * r.h);
}

/** Share of pixels clearly brighter than the dark backdrop: bone, discs and nerves are light. */
export function litShare(png: Buffer, region?: Region): number {
  const { width, height, rgba } = decodePng(png);
  const r = clip(region, width, height);
  let lit = 0;
  for (let y = r.y; y < r.y + r.h; y++) {
    for (let x = r.x; x < r.x + r.w; x++) {
      const i = (y * width + x) * 4;
      if (rgba[i] + rgba[i + 1] + rgba[i + 2] > 330) lit += 1;
    }
  }
  return lit / (r.w * r.h);
}

/** Share of pixels in the orange-red of a pressed nerve's glow, which nothing else in the model has. */
export function glowShare(png: Buffer, region?: Region): number {
  const { width, height, rgba } = decodePng(png);
  const r = clip(region, width, height);
  let glowing = 0;
  for (let y = r.y; y < r.y + r.h; y++) {
    for (let x = r.x; x < r.x + r.w; x++) {
      const i = (y * width + x) * 4;
      const [red, green, blue] = [rgba[i], rgba[i + 1], rgba[i + 2]];
      if (red > 210 && green > 70 && green < 170 && blue < 110) glowing += 1;
    }
  }
  return glowing / Math.max(1, r.w * r.h);
}

/** The rows and columns, as shares 0 to 1 of the picture, between which bright model pixels lie. */
export function litBounds(png: Buffer): { top: number; bottom: number; left: number; right: number } {
  const { width, height, rgba } = decodePng(png);
  let [top, bottom, left, right] = [height, -1, width, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (rgba[i] + rgba[i + 1] + rgba[i + 2] <= 330) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return { top: top / height, bottom: (bottom + 1) / height, left: left / width, right: (right + 1) / width };
}
