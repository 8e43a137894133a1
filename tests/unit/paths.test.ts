import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Every file git tracks. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
}

/**
 * Files and folders whose paths differ only by case: one path on macOS and Windows, where `./Anatomy`
 * can open `anatomy.ts`.
 */
function caseClashes(files: readonly string[]): string[][] {
  const paths = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join('/'));
  }
  const byLower = new Map<string, string[]>();
  for (const path of paths) {
    const key = path.toLowerCase();
    byLower.set(key, [...(byLower.get(key) ?? []), path]);
  }
  return [...byLower.values()].filter((group) => group.length > 1);
}

describe('file names', () => {
  it('finds a clash when two paths differ only by case', () => {
    expect(caseClashes(['src/scene/anatomy.ts', 'src/scene/Anatomy.ts', 'src/App.tsx'])).toEqual([
      ['src/scene/anatomy.ts', 'src/scene/Anatomy.ts'],
    ]);
    expect(caseClashes(['src/Scene/a.ts', 'src/scene/b.ts'])).toEqual([['src/Scene', 'src/scene']]);
  });

  it('has no two paths in the repository that differ only by case', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(caseClashes(files)).toEqual([]);
  });
});
