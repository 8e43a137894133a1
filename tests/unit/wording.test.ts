import { describe, expect, it } from 'vitest';
import {
  BODY_MAP_TEXT,
  type Condition,
  conditionById,
  conditions,
  type Figure,
  LANGS,
  MODEL_NODES,
  overview,
  SKIN_AREAS,
  type Source,
  structures,
  TOUR_STEPS,
  type TourStep,
  t,
  URGENT_SIGNS,
  ui,
} from '../../src/content';
import { loadModel, sceneExtras } from '../model/helpers';

/** A figure: a run of digits that is not part of a spine level name such as L4, S1 or L5-S1. */
const FIGURE = /(?<![A-Za-z\d])\d+/g;
/** Spine level names, which must read the same in both languages. */
const LEVEL = /\b[LST]\d+\b/g;

const figuresIn = (text: string) => [...text.matchAll(FIGURE)].map((m) => Number(m[0]));
const levelsIn = (text: string) => [...text.matchAll(LEVEL)].map((m) => m[0]);

interface Pair {
  path: string;
  en: string;
  es: string;
}

/** Every `{ en, es }` text (and list item) in a value, with where it is; sources and figures are not text. */
function textPairs(value: unknown, path = ''): Pair[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => textPairs(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const { en, es } = record;
  if (typeof en === 'string' && typeof es === 'string') return [{ path, en, es }];
  if (Array.isArray(en) && Array.isArray(es)) {
    return en.map((item, i) => ({ path: `${path}[${i}]`, en: String(item), es: String(es[i]) }));
  }
  return Object.entries(record)
    .filter(([key]) => key !== 'sources' && key !== 'figures')
    .flatMap(([key, child]) => textPairs(child, path ? `${path}.${key}` : key));
}

/** A record whose text a patient or clinician reads, with the sources and figures it carries. */
interface TextRecord {
  name: string;
  value: unknown;
  sources: readonly Source[];
  figures: readonly Figure[];
}

const conditionRecord = (c: Condition): TextRecord => ({
  name: `condition "${c.id}"`,
  value: c,
  sources: c.sources,
  figures: c.figures ?? [],
});
const stepRecord = (s: TourStep): TextRecord => ({
  name: `tour step "${s.id}"`,
  value: s,
  sources: s.sources ?? [],
  figures: s.figures ?? [],
});

const RECORDS: TextRecord[] = [
  ...conditions.map(conditionRecord),
  ...TOUR_STEPS.map(stepRecord),
  ...structures.map((s) => ({ name: `structure "${s.id}"`, value: s, sources: [], figures: [] })),
  { name: 'overview', value: overview, sources: overview.sources, figures: [] },
  { name: 'warning signs', value: URGENT_SIGNS, sources: [], figures: [] },
  ...Object.values(SKIN_AREAS).map((a) => ({
    name: `skin area "${a.id}"`,
    value: a,
    sources: a.sources,
    figures: [],
  })),
  { name: 'body figure', value: BODY_MAP_TEXT, sources: [], figures: [] },
];

/**
 * Each number in a record's text must be one its figures list under a source the record lists (or the
 * year of one of its sources, as in "Koes, BMJ 2007"), and each listed figure must appear in the text.
 */
function unsourcedFigures(record: TextRecord): string[] {
  const listed = new Set(record.sources.map((s) => s.title));
  const sourced = new Set(record.figures.flatMap((f) => f.numbers));
  const years = new Set(record.sources.map((s) => s.year));
  const problems: string[] = [];
  for (const f of record.figures) {
    if (!listed.has(f.source.title))
      problems.push(`${record.name}: figures cite "${f.source.title}", not among its sources`);
  }
  const pairs = textPairs(record.value);
  for (const { path, ...texts } of pairs) {
    for (const lang of LANGS) {
      for (const n of figuresIn(texts[lang])) {
        if (!sourced.has(n) && !years.has(n))
          problems.push(`${record.name} ${path}.${lang}: ${n} has no source`);
      }
    }
  }
  const used = new Set(pairs.flatMap((p) => LANGS.flatMap((lang) => figuresIn(p[lang]))));
  for (const n of sourced) if (!used.has(n)) problems.push(`${record.name}: figure ${n} is not in its text`);
  return problems;
}

const sentenceCount = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim()).length;

/** Texts whose two languages do not have the same number of sentences, figures and spine levels. */
function languageMismatches(value: unknown): string[] {
  const key = (text: string) =>
    `${sentenceCount(text)} sentence(s): ${[...figuresIn(text).map(String), ...levelsIn(text)].sort().join(' ')}`;
  return textPairs(value)
    .filter((p) => key(p.en) !== key(p.es))
    .map((p) => `${p.path}: "${key(p.en)}" in English, "${key(p.es)}" in Spanish`);
}

describe('every number has a source', () => {
  it('on every condition, tour step, structure, the overview and the warning signs', () => {
    expect(RECORDS.flatMap(unsourcedFigures)).toEqual([]);
  });

  it('catches a number added without a source, and a figure cited from a source the record does not list', () => {
    const herniated = structuredClone(conditionById('herniated-disc'));
    herniated.whoGetsIt.en = `${herniated.whoGetsIt.en} It is most common between 30 and 50.`;
    expect(unsourcedFigures(conditionRecord(herniated))).toEqual([
      'condition "herniated-disc" whoGetsIt.en: 30 has no source',
      'condition "herniated-disc" whoGetsIt.en: 50 has no source',
    ]);
    const step = structuredClone(TOUR_STEPS.find((s) => (s.figures ?? []).length > 0));
    if (!step) throw new Error('no tour step lists figures');
    step.sources = [];
    expect(unsourcedFigures(stepRecord(step)).join('\n')).toMatch(/figures cite ".+", not among its sources/);
  });

  it('the tour steps and conditions that cite figures list what they cite', () => {
    const cited = RECORDS.filter((r) => r.figures.length > 0).map((r) => r.name);
    expect(cited).toContain('condition "herniated-disc"');
    expect(cited).toContain('tour step "spondylolisthesis"');
  });
});

describe('both languages say the same', () => {
  it('with the same number of sentences, figures and spine levels in every text', () => {
    const all = { conditions, structures, overview, TOUR_STEPS, URGENT_SIGNS, ui, SKIN_AREAS, BODY_MAP_TEXT };
    expect(languageMismatches(all)).toEqual([]);
  });

  it('catches a figure, a level or a sentence left out of one language', () => {
    const bulging = structuredClone(conditionById('bulging-disc'));
    bulging.treatment.conservative.es = bulging.treatment.conservative.es.replace(
      /\d+ a \d+ semanas/,
      'unas semanas',
    );
    bulging.nerve.label.es = 'Las raíces nerviosas, de los dos lados';
    bulging.summary.es = `${bulging.summary.es} Es muy común.`;
    expect(languageMismatches(bulging)).toEqual([
      'summary: "1 sentence(s): " in English, "2 sentence(s): " in Spanish',
      'nerve.label: "1 sentence(s): L5" in English, "1 sentence(s): " in Spanish',
      'treatment.conservative: "2 sentence(s): 6 8" in English, "2 sentence(s): " in Spanish',
    ]);
  });
});

describe('the warning signs', () => {
  it('send loss of bladder or bowel control and saddle numbness to the emergency department, not urgent care', () => {
    const emergency = URGENT_SIGNS.emergency.en.join(' ');
    expect(emergency).toMatch(/bladder or bowels/);
    expect(emergency).toMatch(/saddle/);
    expect(emergency).toMatch(/both legs/);
    expect(t('redFlags', 'en')).toMatch(/emergency department now/);
    expect(t('redFlags', 'es')).toMatch(/urgencias de inmediato/);
    for (const lang of LANGS) expect(t('redFlags', lang)).not.toMatch(/urgent care|atención urgente/i);
    expect(URGENT_SIGNS.sameDay.en.join(' ')).toMatch(/fever.*cancer.*injury/is);
  });

  it('say "saddle area" the same way wherever Spanish names it', () => {
    const spanish = textPairs({ conditions, TOUR_STEPS, URGENT_SIGNS }).map((p) => p.es);
    expect(spanish.filter((s) => /entrepierna/i.test(s))).toEqual([]);
    const redFlagStep = TOUR_STEPS.find((s) => s.id === 'red-flags');
    expect(redFlagStep?.caption.es).toMatch(/zona de la silla de montar/);
  });
});

describe('facts the text states about the model', () => {
  it('names the spondylolisthesis grade the model shows and how far it slipped', async () => {
    const { grade, slipPercent } = sceneExtras(await loadModel()).conditions.spondylolisthesis as unknown as {
      grade: string;
      slipPercent: number;
    };
    const text = conditionById('spondylolisthesis').whatHappens;
    expect(text.en).toContain(`grade ${grade}`);
    expect(text.es).toContain(`grado ${grade}`);
    // Every Meyerding grade is explained, I to V.
    for (const g of ['I', 'II', 'III', 'IV', 'V']) expect(text.en).toMatch(new RegExp(`\\b${g}\\b`));
    const shares = { quarter: 25, third: 33, half: 50 };
    const [, share] = text.en.match(/slipped about a (quarter|third|half)/) ?? [];
    expect(share, 'says how far L5 slipped').toBeDefined();
    expect(Math.abs(shares[share as keyof typeof shares] - slipPercent)).toBeLessThanOrEqual(5);
  });

  it('names the nerve roots the model draws', async () => {
    const model = await loadModel();
    const drawn = MODEL_NODES.flatMap((n) => /^root_(\w+)_left$/.exec(n)?.[1] ?? []).filter((level) =>
      model.has(`root_${level}_left`),
    );
    const step = TOUR_STEPS.find((s) => s.id === 'sciatic-path');
    expect(step?.notes.en).toContain(`draws the roots from ${drawn[0]} to ${drawn.at(-1)}`);
    expect(step?.notes.es).toContain(`raíces de ${drawn[0]} a ${drawn.at(-1)}`);
  });

  it('includes the big toe wherever an L5 root is pressed (Lee 2008 dermatome map)', () => {
    const l5 = conditions.filter((c) => /^root_L5_/.test(c.nerve.node));
    expect(l5.length).toBeGreaterThan(0);
    for (const c of l5) {
      expect(c.whereFelt.en, c.id).toMatch(/big toe/);
      expect(c.whereFelt.es, c.id).toMatch(/dedo gordo/);
    }
  });
});
