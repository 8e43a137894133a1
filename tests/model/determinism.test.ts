// @vitest-environment node
// The committed GLBs must be exactly what the generator produces from the current code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODEL_DIR } from './helpers';

const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'spine-models-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

// The generator meshes the whole model: about 90 s on 2 busy cores, more beside the other test files.
describe('generator', () => {
  it('regenerates byte-identical GLBs', { timeout: 420_000 }, () => {
    const run = spawnSync(process.execPath, ['scripts/models/build.mjs', '--out', out, '--quiet'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    for (const file of ['spine.glb', 'spine-lite.glb']) {
      const fresh = readFileSync(join(out, file));
      const committed = readFileSync(join(MODEL_DIR, file));
      const same = fresh.equals(committed);
      expect(same, `public/models/${file} is out of date with scripts/models: run npm run models`).toBe(true);
    }
  });
});
