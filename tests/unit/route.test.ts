import { describe, expect, it } from 'vitest';
import { hashFor, parseHash } from '../../src/state/route';

describe('links', () => {
  it('opens a condition named in the hash', () => {
    expect(parseHash('#herniated-disc')).toEqual({ kind: 'condition', id: 'herniated-disc' });
    expect(parseHash('#piriformis-syndrome')).toEqual({ kind: 'condition', id: 'piriformis-syndrome' });
  });

  it('opens the overview for an empty hash, and names a tour step', () => {
    expect(parseHash('')).toEqual({ kind: 'overview' });
    expect(parseHash('#')).toEqual({ kind: 'overview' });
    expect(parseHash('#tour/3')).toEqual({ kind: 'tour', step: 3 });
  });

  it('calls anything else unknown, however odd', () => {
    for (const bad of [
      '#nope',
      '#<script>alert(1)</script>',
      '#%E0%A4%A',
      `#${'x'.repeat(500)}`,
      '#tour/abc',
      '#__proto__',
    ]) {
      expect(parseHash(bad)).toEqual({ kind: 'unknown' });
    }
  });

  it('writes hashes that read back the same', () => {
    expect(parseHash(hashFor({ kind: 'condition', id: 'bone-spurs' }))).toEqual({
      kind: 'condition',
      id: 'bone-spurs',
    });
    expect(hashFor({ kind: 'overview' })).toBe('');
    expect(hashFor({ kind: 'tour', step: 4 })).toBe('#tour/4');
  });
});
