// `npm run bench [-- --update-baseline] [-- --strict] [-- --loads]`: builds the app and the minimal page,
// measures both in headless Chromium, prints a table, writes bench-results/latest.json and compares with
// bench/baseline.json; `--loads` measures only the load timings (a minute, not three, and writes nothing).
// See docs/PERFORMANCE.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { launchChromium } from '../chromium.mjs';
import { loadFigures, toFigures } from './figures.mjs';
import {
  loadTimings,
  measureApp,
  measureMinimalOrbit,
  modelBytesShipped,
  repeatVisitTimings,
} from './measure.mjs';
import { modelDrawCounts } from './model.mjs';
import { assess, formatTable } from './report.mjs';
import { buildPages, MINIMAL_CONFIG, servePage } from './serve.mjs';

const BASELINE = 'bench/baseline.json';
const LATEST = 'bench-results/latest.json';
/** Loads per page for the load timings (the median is kept): software WebGL makes single loads noisy. */
const LOAD_RUNS = 3;
/** Condition selections before the second heap and GPU-resource reading. */
const SELECTIONS = 200;

const args = new Set(process.argv.slice(2));
const strict = args.has('--strict');
const updateBaseline = args.has('--update-baseline');
const loadsOnly = args.has('--loads');

function readBaseline() {
  try {
    return JSON.parse(readFileSync(BASELINE, 'utf8'));
  } catch {
    return null;
  }
}

async function main() {
  console.log('Building the app and the minimal page…');
  await buildPages();
  const app = await servePage(undefined);
  const minimal = await servePage(MINIMAL_CONFIG);
  const browser = await launchChromium();
  try {
    // The full model, as the tests see it, whatever this machine's automatic choice would be.
    const appUrl = new URL('?detail=full', app.url).href;
    const appOptions = { modelDrawCounts: modelDrawCounts('dist/models/spine.glb') };
    // Side by side, one after the other, so that both meet the same load on a shared machine.
    console.log(`Load timings, ${LOAD_RUNS} loads each, cold cache then repeat visits…`);
    const appLoads = {
      cold: await loadTimings(browser, appUrl, LOAD_RUNS, appOptions),
      repeat: await repeatVisitTimings(browser, appUrl, LOAD_RUNS, { ...appOptions, serviceWorker: true }),
    };
    const minimalLoads = {
      cold: await loadTimings(browser, minimal.url, LOAD_RUNS),
      repeat: await repeatVisitTimings(browser, minimal.url, LOAD_RUNS),
    };
    if (loadsOnly) {
      const rows = assess(loadFigures(appLoads, minimalLoads), readBaseline()?.figures);
      console.log(`\n${formatTable(rows)}\n`);
      return;
    }
    console.log('Measuring the app (one long run)…');
    const appFigures = await measureApp(browser, appUrl, { ...appOptions, selections: SELECTIONS });
    appFigures.timings = appLoads;
    console.log('Measuring the minimal page…');
    const minimalFigures = {
      timings: minimalLoads,
      orbiting: await measureMinimalOrbit(browser, minimal.url),
    };
    const figures = toFigures(appFigures, minimalFigures, modelBytesShipped());
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
      webgl: 'SwiftShader (software) via ANGLE',
    };
    const result = {
      measuredAt: new Date().toISOString(),
      machine,
      figures,
      javascriptFiles: appFigures.javascript.files.map(({ url, ...sizes }) => ({
        file: new URL(url).pathname.replace(/^.*\/assets\//, 'assets/'),
        ...sizes,
      })),
      pageErrors: appFigures.errors,
    };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(LATEST, `${JSON.stringify(result, null, 2)}\n`);

    const baseline = readBaseline();
    const rows = assess(figures, baseline?.figures);
    console.log(`\n${formatTable(rows)}\n`);
    console.log(`Chromium ${machine.chromium}, ${machine.cpus} × ${machine.cpuModel}; written to ${LATEST}.`);
    if (appFigures.errors.length) console.log(`⚠ The page logged errors: ${appFigures.errors.join(' | ')}`);
    if (updateBaseline) {
      writeFileSync(
        BASELINE,
        `${JSON.stringify({ measuredAt: result.measuredAt, machine, figures }, null, 2)}\n`,
      );
      console.log(`Baseline rewritten: ${BASELINE}.`);
    } else if (!baseline) {
      console.log(`No baseline yet: run \`npm run bench -- --update-baseline\` to write ${BASELINE}.`);
    }
    const flagged = rows.filter((row) => row.overBudget || row.worse).length;
    if (flagged)
      console.log(`⚠ ${flagged} figure(s) flagged${strict ? '' : ' (pass --strict to fail on them)'}.`);
    process.exitCode = strict && flagged ? 1 : 0;
  } finally {
    await browser.close();
    await app.close();
    await minimal.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
