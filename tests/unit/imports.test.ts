import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every import of a file under src/, as `folder/file -> folder` for the app's own folders. */
function crossings(): { file: string; from: string; to: string; target: string }[] {
  const found: { file: string; from: string; to: string; target: string }[] = [];
  for (const from of readdirSync('src', { withFileTypes: true })) {
    if (!from.isDirectory()) continue;
    for (const name of readdirSync(join('src', from.name), { recursive: true })) {
      const file = join('src', from.name, String(name));
      if (!/\.tsx?$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import\()\s*'\.\.\/([a-z]+)\/([^']+)'/g)) {
        found.push({ file, from: from.name, to: match[1] as string, target: match[2] as string });
      }
    }
  }
  return found;
}

/**
 * The house is one-way: the page (`ui`, `presenter`) and the 3D view (`scene`) talk only through the
 * store in `state`, which depends on neither; `ui` may start a presentation, `presenter` never imports `ui`.
 */
describe('which folder may import which', () => {
  const all = crossings();
  const between = (from: string, to: string) =>
    all.filter((c) => c.from === from && c.to === to).map((c) => `${c.file} -> ${c.to}/${c.target}`);

  it('reads the imports', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('keeps the store free of the page and the 3D view', () => {
    for (const to of ['ui', 'presenter', 'scene']) expect(between('state', to)).toEqual([]);
  });

  it('lets the 3D view know nothing of the page', () => {
    expect(between('scene', 'ui')).toEqual([]);
    expect(between('scene', 'presenter')).toEqual([]);
  });

  it('lets presenter and ui depend one way only', () => {
    expect(between('presenter', 'ui')).toEqual([]);
  });

  it('lets the page load the 3D view only as a whole: its lazy chunk and its start-up downloads', () => {
    const intoScene = all.filter((c) => c.from === 'ui' && c.to === 'scene').map((c) => c.target);
    // Marker and callout positions come through the store (state/overlay.ts), not from the 3D code.
    const doors = ['Scene', 'preload'];
    expect(intoScene.filter((t) => !doors.includes(t))).toEqual([]);
  });
});
