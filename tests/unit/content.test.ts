import { describe, expect, it } from 'vitest';
import {
  CAPTION_MAX,
  CONDITION_IDS,
  type ConditionId,
  ContentError,
  conditionById,
  conditions,
  isConditionId,
  isLang,
  isModelNodeName,
  LANGS,
  overview,
  structureForNode,
  structures,
  t,
  tour,
  UI_KEYS,
  URGENT_SIGNS,
  ui,
  validateConditions,
  validateContent,
  validateTour,
  validateUi,
} from '../../src/content';
import { loadModel, sceneExtras } from '../model/helpers';

/** A deep copy that the test may break without touching the real content. */
function copy<T>(value: T): T {
  return structuredClone(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for `{ en, es }` text objects, whatever else they are nested in. */
function isLocalizedShape(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.some((k) => (LANGS as readonly string[]).includes(k));
}

/**
 * Walks any content value and reports every language object that lacks a language, has an empty text,
 * or has lists of different lengths. Generic, so new fields are covered without editing this test.
 */
function languageProblems(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => languageProblems(item, `${path}[${i}]`));
  if (!isPlainObject(value)) return [];
  if (isLocalizedShape(value)) {
    const problems: string[] = [];
    const lengths = new Set<number>();
    for (const lang of LANGS) {
      const text = value[lang];
      if (typeof text === 'string') {
        if (!text.trim()) problems.push(`${path}.${lang} is empty`);
      } else if (Array.isArray(text)) {
        lengths.add(text.length);
        if (text.length === 0) problems.push(`${path}.${lang} is an empty list`);
        text.forEach((item, i) => {
          if (typeof item !== 'string' || !item.trim()) problems.push(`${path}.${lang}[${i}] is empty`);
        });
      } else {
        problems.push(`${path}.${lang} is missing`);
      }
    }
    if (lengths.size > 1) problems.push(`${path} lists differ in length`);
    return problems;
  }
  return Object.entries(value).flatMap(([key, child]) =>
    languageProblems(child, path ? `${path}.${key}` : key),
  );
}

/** Every string in a value, for checks that apply to all text. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (isPlainObject(value)) return Object.values(value).flatMap(allStrings);
  return [];
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
}

const ALL_CONTENT = { conditions, structures, overview, tour, ui };

describe('conditions', () => {
  it('has every condition id exactly once, in the documented order', () => {
    expect(conditions.map((c) => c.id)).toEqual([...CONDITION_IDS]);
  });

  it('finds each condition by id and recognises ids', () => {
    for (const id of CONDITION_IDS) expect(conditionById(id).id).toBe(id);
    expect(isConditionId('herniated-disc')).toBe(true);
    expect(isConditionId('slipped-disc')).toBe(false);
    expect(isConditionId(42)).toBe(false);
  });

  it('places each pathology where the model file builds it', async () => {
    // Read from the committed model's scene extras: the diseased structure and the nerves it presses.
    const extras = sceneExtras(await loadModel()).conditions;
    for (const c of conditions) {
      const built = extras[c.id];
      expect(built, c.id).toBeDefined();
      expect(c.nerve.node, c.id).toBe(built.compresses);
      expect(c.painSide, c.id).toBe(built.side);
      expect(c.affected, c.id).toEqual(expect.arrayContaining([built.node, ...built.nerves]));
    }
  });

  it('frames each teaching view around the level of the condition, from its own angle', () => {
    const from = (id: ConditionId) => conditionById(id).view.direction;
    // Discs from above and behind, like a scan slice; the slip from the true side; piriformis from behind.
    for (const id of ['bulging-disc', 'herniated-disc'] as const) {
      expect(from(id)[1], id).toBeGreaterThan(0.6);
      expect(from(id)[2], id).toBeLessThan(0);
    }
    expect(from('spondylolisthesis')).toEqual([1, 0, 0]);
    for (const id of ['bone-spurs', 'facet-arthritis'] as const)
      expect(from(id)[0], id).toBeGreaterThan(0.85);
    expect(from('piriformis-syndrome')[2]).toBeLessThan(-0.7);
    for (const c of conditions) {
      // The pressed nerve is always drawn, so it must not be named as mere context.
      expect(c.view.faded, c.id).not.toContain(c.nerve.node);
    }
  });

  it('names 2 to 4 short callouts in the picture, the diseased spot and the pressed nerve among them', () => {
    for (const c of conditions) {
      const at = c.labels.map((l) => l.at);
      expect(at, c.id).toContain('culprit');
      expect(at, c.id).toContain('nerve');
      for (const label of c.labels) {
        for (const lang of LANGS)
          expect(label.text[lang].split(' ').length, `${c.id} ${lang}`).toBeLessThanOrEqual(6);
      }
    }
    // The slip names its grade, which the model file gives.
    expect(conditionById('spondylolisthesis').labels.some((l) => l.text.en.includes('{grade}'))).toBe(true);
  });

  it('explains what happens in 2 to 4 sentences and sums up in one', () => {
    for (const c of conditions) {
      for (const lang of LANGS) {
        const n = sentences(c.whatHappens[lang]).length;
        expect(n, `${c.id} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(n, `${c.id} ${lang}`).toBeLessThanOrEqual(4);
        expect(sentences(c.summary[lang]), `${c.id} ${lang} summary`).toHaveLength(1);
      }
    }
  });

  it('tells every patient the warning signs, the same ones everywhere', () => {
    for (const c of conditions) expect(c.treatment.redFlags, c.id).toEqual(URGENT_SIGNS);
  });

  it('keeps the facts from the references', () => {
    const herniated = conditionById('herniated-disc');
    expect(herniated.whoGetsIt.en).toMatch(/9 out of 10/);
    expect(herniated.treatment.surgery.en).toMatch(/one year/);
    expect(herniated.sources.map((s) => s.title).join(' ')).toMatch(/Peul/);
    const piriformis = conditionById('piriformis-syndrome');
    expect(piriformis.whoGetsIt.en).toMatch(/more often in women/);
    expect(piriformis.whoGetsIt.en).not.toMatch(/6\s*:\s*1|six to one/i);
    expect(piriformis.whoGetsIt.en).toMatch(/[Rr]unners/);
    expect(conditionById('bone-spurs').whereFelt.en).toMatch(/front of the knee.*inner side of the calf/);
    expect(conditionById('herniated-disc').whereFelt.en).toMatch(/sole and outer edge of the foot/);
    expect(conditionById('bulging-disc').whereFelt.en).toMatch(/outer calf, the top of the foot/);
  });
});

describe('every text in both languages', () => {
  it('finds no record without a language, with an empty text or with lists of different lengths', () => {
    expect(languageProblems(ALL_CONTENT)).toEqual([]);
  });

  it('the walker itself catches a missing language, an empty text and uneven lists', () => {
    const broken = copy(conditions);
    delete (broken[2].whoGetsIt as Partial<Record<string, string>>).es;
    broken[0].name.en = ' ';
    broken[1].symptoms.es.pop();
    const problems = languageProblems({ conditions: broken });
    expect(problems).toContain('conditions[2].whoGetsIt.es is missing');
    expect(problems).toContain('conditions[0].name.en is empty');
    expect(problems).toContain('conditions[1].symptoms lists differ in length');
  });

  it('is plain text: no HTML tags and no web addresses', () => {
    for (const text of allStrings({
      conditions: conditions.map(({ sources: _, ...c }) => c),
      structures,
      overview,
      tour,
      ui,
    })) {
      expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(text).not.toMatch(/https?:\/\//);
    }
  });

  it('keeps patient text short-sentenced (plain language)', () => {
    const patientText = [
      ...conditions.flatMap((c) => [
        c.summary,
        c.whatHappens,
        c.whereFelt,
        c.whoGetsIt,
        c.treatment.conservative,
        c.treatment.surgery,
      ]),
      ...structures.map((s) => s.description),
      overview.intro,
      overview.sciaticNerve,
      overview.sciaticaVsPiriformis,
      overview.disclaimer,
    ].map((l) => l.en);
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    const all = patientText.flatMap(sentences);
    const average = all.reduce((sum, s) => sum + words(s), 0) / all.length;
    expect(average).toBeLessThan(20);
    for (const s of all) expect(words(s), s).toBeLessThanOrEqual(40);
  });
});

describe('structures', () => {
  it('covers each part of the model the patient can ask about', () => {
    const ids = structures.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'vertebra',
      'disc',
      'facet-joint',
      'sacrum',
      'coccyx',
      'pelvis',
      'greater-sciatic-notch',
      'femur',
      'piriformis',
      'nerve-root',
      'sciatic-nerve',
      'thecal_sac',
    ]) {
      expect(ids).toContain(id);
    }
    for (const s of structures) for (const node of s.nodes) expect(isModelNodeName(node), node).toBe(true);
  });

  it('maps a clicked node to its structure', () => {
    expect(structureForNode('L4')?.id).toBe('vertebra');
    expect(structureForNode('L4/facet_superior_left')?.id).toBe('facet-joint');
    expect(structureForNode('disc_L5_S1/nucleus')?.id).toBe('disc');
    expect(structureForNode('piriformis_right')?.id).toBe('piriformis');
    expect(structureForNode('hip_left')?.id).toBe('pelvis');
    expect(structureForNode('nothing_here')).toBeUndefined();
  });
});

describe('tour', () => {
  it('has 11 to 12 steps with unique ids, in teaching order', () => {
    expect(tour.length).toBeGreaterThanOrEqual(11);
    expect(tour.length).toBeLessThanOrEqual(12);
    const ids = tour.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 4)).toEqual(['region', 'sciatic-path', 'piriformis-syndrome', 'true-sciatica']);
    expect(ids.at(-1)).toBe('red-flags');
  });

  it('shows every condition and only refers to existing conditions and model nodes', () => {
    const shown = new Set(tour.map((s) => s.condition).filter((c) => c !== null));
    expect([...shown].sort()).toEqual([...CONDITION_IDS].sort());
    for (const step of tour) {
      if (step.condition !== null) expect(isConditionId(step.condition), step.id).toBe(true);
      for (const node of step.highlight) expect(isModelNodeName(node), `${step.id}: ${node}`).toBe(true);
      expect(step.stage).toBeGreaterThanOrEqual(0);
      expect(step.stage).toBeLessThanOrEqual(1);
    }
  });

  it('keeps captions short enough to read from across the room', () => {
    for (const step of tour) {
      expect(step.caption.en.length, step.id).toBeLessThanOrEqual(CAPTION_MAX.en);
      expect(step.caption.es.length, step.id).toBeLessThanOrEqual(CAPTION_MAX.es);
      expect(CAPTION_MAX).toEqual({ en: 120, es: 140 });
    }
  });

  it('places cameras inside the scene and away from their targets', () => {
    for (const { id, view } of tour) {
      if (!view) continue;
      const d = Math.hypot(...view.position.map((p, i) => p - view.target[i]));
      expect(d, id).toBeGreaterThan(0.15);
      expect(d, id).toBeLessThan(1.5);
      expect(view.target[1], id).toBeGreaterThan(-0.45);
      expect(view.target[1], id).toBeLessThan(0.2);
    }
  });
});

describe('validation of malformed content', () => {
  const bundle = () => copy({ conditions, structures, overview });

  it('names the condition and the field when a Spanish name is missing', () => {
    const raw = bundle();
    const herniated = raw.conditions[1];
    expect(herniated.id).toBe('herniated-disc');
    delete (herniated.name as Partial<Record<string, string>>).es;
    expect(() => validateContent(raw)).toThrow(
      'Content error in condition "herniated-disc": field "name.es" is required',
    );
    expect(() => validateConditions(raw.conditions)).toThrow(/condition "herniated-disc".*field "name\.es"/);
  });

  it('names the condition and the field when sources are empty', () => {
    const raw = bundle();
    raw.conditions[4].sources = [];
    expect(() => validateContent(raw)).toThrow(
      /Content error in condition "spondylolisthesis": field "sources" must list at least one source/,
    );
  });

  it('names the list item when a symptom list is shorter in one language', () => {
    const raw = bundle();
    raw.conditions[0].symptoms.es.pop();
    expect(() => validateContent(raw)).toThrow(
      /condition "bulging-disc": field "symptoms\.es" must have the same number/,
    );
  });

  it('rejects HTML, unknown model nodes, unknown fields and a mismatched pain side', () => {
    let raw = bundle();
    raw.conditions[1].summary.en = 'A <b>herniated</b> disc.';
    expect(() => validateContent(raw)).toThrow(
      /condition "herniated-disc": field "summary\.en" must be plain text/,
    );
    raw = bundle();
    raw.conditions[3].affected.push('root_L9_left');
    expect(() => validateContent(raw)).toThrow(
      /condition "facet-arthritis": field "affected\[3\]" names no model node/,
    );
    raw = bundle();
    Object.assign(raw.conditions[2], { summry: { en: 'x', es: 'x' } });
    expect(() => validateContent(raw)).toThrow(/condition "bone-spurs": field "summry" is not a known field/);
    raw = bundle();
    raw.conditions[5].painSide = 'left';
    expect(() => validateContent(raw)).toThrow(/condition "piriformis-syndrome": field "painSide"/);
  });

  it('reports a missing or duplicated condition', () => {
    const raw = bundle();
    raw.conditions = raw.conditions.filter((c) => c.id !== 'bone-spurs');
    expect(() => validateContent(raw)).toThrow(
      /Content error in conditions: condition "bone-spurs" is missing/,
    );
    raw.conditions.push(copy(raw.conditions[0]));
    expect(() => validateContent(raw)).toThrow(
      /condition "bulging-disc": field "id" is used by more than one record/,
    );
  });

  it('names the structure and overview fields', () => {
    let raw = bundle();
    raw.structures[3].description.es = '';
    expect(() => validateContent(raw)).toThrow(
      /Content error in structure "sacrum": field "description\.es" must not be empty/,
    );
    raw = bundle();
    delete (raw.overview as Partial<typeof raw.overview>).disclaimer;
    expect(() => validateContent(raw)).toThrow('Content error in overview: field "disclaimer" is required');
  });

  it('names the tour step and field for a bad condition id', () => {
    const raw = copy(tour);
    (raw[2] as { condition: string }).condition = 'slipped-disc';
    expect(() => validateTour(raw)).toThrow(
      /Content error in tour step "piriformis-syndrome": field "condition" must be one of/,
    );
  });

  it('shows a condition step in its teaching view, and refuses a step that has neither view nor condition', () => {
    expect(tour.filter((step) => step.condition && !step.view).map((step) => step.id)).toEqual(
      expect.arrayContaining(['bulging-disc', 'herniated-disc', 'spondylolisthesis', 'piriformis-syndrome']),
    );
    const raw = copy(tour);
    delete raw[0].view;
    expect(() => validateTour(raw)).toThrow(
      /tour step "region": field "view" needs a view, or a condition whose teaching view it shows/,
    );
  });

  it('names the tour step and field for a long caption, a stage out of range and a duplicate id', () => {
    let raw = copy(tour);
    raw[0].caption.en = 'x'.repeat(121);
    expect(() => validateTour(raw)).toThrow(
      /tour step "region": field "caption\.en" must be at most 120 characters/,
    );
    raw = copy(tour);
    raw[1].stage = 2;
    expect(() => validateTour(raw)).toThrow(/tour step "sciatic-path": field "stage"/);
    raw = copy(tour);
    raw[1].id = 'region';
    expect(() => validateTour(raw)).toThrow(/tour step "region": field "id" is used by more than one record/);
  });

  it('throws a ContentError carrying the record and field', () => {
    const raw = copy(tour);
    (raw[0].layers as { bones: string }).bones = 'faded';
    try {
      validateTour(raw);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).record).toBe('tour step "region"');
      expect((error as ContentError).field).toBe('layers.bones');
    }
  });

  it('checks interface strings keep the same placeholders in both languages', () => {
    const raw = copy(ui);
    raw.stepOf.es = 'Paso {n}';
    expect(() => validateUi(raw)).toThrow(
      /ui string "stepOf": field "es" must use the same \{placeholders\}/,
    );
  });
});

describe('interface strings', () => {
  it('fills placeholders in each language', () => {
    expect(t('stepOf', 'en', { n: 3, total: 12 })).toBe('Step 3 of 12');
    expect(t('stepOf', 'es', { n: 3, total: 12 })).toBe('Paso 3 de 12');
    expect(t('selectedItem', 'en', { name: 'Herniated disc' })).toBe('Selected: Herniated disc');
  });

  it('leaves a placeholder visible when its value is not given, and returns plain strings unchanged', () => {
    expect(t('stepOf', 'en', { n: 1 })).toBe('Step 1 of {total}');
    expect(t('unknownLink', 'en')).toBe('That link did not match a topic, so the overview is shown.');
  });

  it('has the strings the app relies on', () => {
    for (const key of [
      'appTitle',
      'resetView',
      'webglUnavailableBody',
      'sceneDescription',
      'disclaimer',
      'stepOf',
    ]) {
      expect(UI_KEYS).toContain(key);
    }
    // @ts-expect-error a misspelt key is a type error; at run time it shows the key instead of crashing
    expect(t('apTitle', 'en')).toBe('apTitle');
  });

  it('recognises languages', () => {
    expect(isLang('es')).toBe(true);
    expect(isLang('fr')).toBe(false);
  });
});
