import { z } from '../lib/zod.ts';

/** Languages the content is written in. Every text field carries all of them. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** True for a language the content is written in, e.g. for a value read from the address bar. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** How a language names itself, for the language picker. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/** The six causes of hip and leg nerve pain the model can show, in teaching order. */
export const CONDITION_IDS = [
  'bulging-disc',
  'herniated-disc',
  'bone-spurs',
  'facet-arthritis',
  'spondylolisthesis',
  'piriformis-syndrome',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

/** How a layer of the model is drawn. */
export const LAYER_MODES = ['shown', 'translucent', 'hidden'] as const;
export type LayerMode = (typeof LAYER_MODES)[number];

/**
 * Top-level node names of the model file (see ANATOMY.md "Conventions for the model file").
 * The scene matches highlights against these, so content may only name them.
 */
export const MODEL_NODES = [
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'sacrum',
  'coccyx',
  'disc_L1_L2',
  'disc_L2_L3',
  'disc_L3_L4',
  'disc_L4_L5',
  'disc_L5_S1',
  'hip_left',
  'hip_right',
  'femur_left',
  'femur_right',
  'piriformis_left',
  'piriformis_right',
  'sciatic_nerve_left',
  'sciatic_nerve_right',
  'femoral_nerve_left',
  'femoral_nerve_right',
  'thecal_sac',
  'ligament_sacrospinous_left',
  'ligament_sacrospinous_right',
  'ligament_sacrotuberous_left',
  'ligament_sacrotuberous_right',
  'ligamentum_flavum_L1_L2',
  'ligamentum_flavum_L2_L3',
  'ligamentum_flavum_L3_L4',
  'ligamentum_flavum_L4_L5',
  'ligamentum_flavum_L5_S1',
  'gluteus_maximus_left',
  'gluteus_maximus_right',
  'skin',
  ...(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'] as const).flatMap(
    (root) => [`root_${root}_left`, `root_${root}_right`] as const,
  ),
] as const;

const MODEL_NODE_SET: ReadonlySet<string> = new Set(MODEL_NODES);

/** True when `name` is a top-level node name the model file may contain. */
export function isModelNodeName(name: string): boolean {
  return MODEL_NODE_SET.has(name);
}

/** Matches an HTML tag; content is rendered as plain text, so tags would show up literally. */
const HTML_TAG = /<\/?[a-z][^>]*>/i;
/** `{name}` placeholders, filled by `t()`. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names in `s`, sorted, so two texts can be compared. */
export function placeholdersOf(s: string): string {
  return [...s.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

/** One piece of plain text: trimmed, non-empty, no HTML, at most `max` characters. */
function text(max?: number) {
  const base = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
  const capped = max === undefined ? base : base.max(max, `must be at most ${max} characters`);
  return capped.refine((s) => !HTML_TAG.test(s), 'must be plain text, without HTML tags');
}

const Text = text();

interface LocalizedLimits {
  /** Longest allowed English text, in characters. */
  en?: number;
  /** Longest allowed Spanish text, in characters. */
  es?: number;
}

/** Builds a `Localized` schema, optionally with length limits per language. */
export function localized(limits: LocalizedLimits = {}) {
  return z
    .strictObject({ en: text(limits.en), es: text(limits.es) })
    .refine((l) => placeholdersOf(l.en) === placeholdersOf(l.es), {
      message: 'must use the same {placeholders} as the English text',
      path: ['es'],
    });
}

/** A text in every language. */
export const LocalizedSchema = localized();
export type Localized = z.infer<typeof LocalizedSchema>;

/** A list of texts in every language; the lists match item for item. */
export const LocalizedListSchema = z
  .strictObject({ en: z.array(Text).min(1, 'must have at least one item'), es: z.array(Text) })
  .refine((l) => l.en.length === l.es.length, {
    message: 'must have the same number of items as the English list',
    path: ['es'],
  });
export type LocalizedList = z.infer<typeof LocalizedListSchema>;

/** A published reference a record is based on. */
export const SourceSchema = z.strictObject({
  title: Text,
  publisher: Text.optional(),
  year: z.int().min(1800).max(2100).optional(),
  url: z.url().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * The numbers (digits) a record's text uses and the source they come from, so that every figure a patient
 * reads can be traced. Spine levels such as L4 or S1 are names, not figures. A year that dates one of the
 * record's sources, as in "(Koes, BMJ 2007)", needs no entry.
 */
export const FigureSchema = z.strictObject({
  numbers: z.array(z.number()).min(1, 'must list at least one number'),
  source: SourceSchema,
});
export type Figure = z.infer<typeof FigureSchema>;

/**
 * Warning signs shown with every condition, on the overview and on the handout: the ones that need the
 * emergency department now, and the ones that need a doctor the same day (Finucane et al., JOSPT 2020).
 */
export const UrgentSignsSchema = z.strictObject({
  emergency: LocalizedListSchema,
  sameDay: LocalizedListSchema,
});
export type UrgentSigns = z.infer<typeof UrgentSignsSchema>;

export const ConditionIdSchema = z.enum(CONDITION_IDS, {
  error: `must be one of the condition ids: ${CONDITION_IDS.join(', ')}`,
});

/** A top-level model node name. */
export const NodeNameSchema = z
  .string({ error: 'must be a model node name' })
  .refine(isModelNodeName, { error: (iss) => `names no model node: "${String(iss.input)}"` });

const Vec3Schema = z.tuple([z.number(), z.number(), z.number()], {
  error: 'must be three numbers [x, y, z]',
});

/**
 * The teaching view of a condition: where the camera looks from and what is drawn. The camera is fitted
 * to the model at run time (the condition's spot, its structure and pressed nerve, the `frame` nodes)
 * and to the screen's shape, so the same record works for another level or side.
 */
const TeachingViewSchema = z.strictObject({
  /**
   * From the structures toward the camera, in body axes: +x toward the side of the example (the
   * patient's left when both sides are affected), +y up, +z toward the front.
   */
  direction: Vec3Schema.refine((v) => Math.abs(Math.hypot(...v) - 1) <= 0.1, 'must have a length of about 1'),
  /**
   * Structures the picture holds whole, such as the levels of the segment; with none, it holds only the
   * diseased structure and the pressed nerve around the spot, as close as a small change needs.
   */
  frame: z.array(NodeNameSchema),
  /** Drawn solid besides the affected structures and the pressed nerve: the rest of the segment. */
  solid: z.array(NodeNameSchema),
  /** Drawn faint, for orientation. Everything not named is hidden while the condition is shown. */
  faded: z.array(NodeNameSchema),
  /**
   * The change is new bone (spurs, an enlarged joint): where the affected bones grow is drawn in a
   * culprit colour, so the patient sees what grew and presses the nerve.
   */
  newBone: z.boolean().optional(),
});
export type TeachingView = z.infer<typeof TeachingViewSchema>;

/** Where a callout in the picture points: the condition's spot, its pressed nerve, or a model node. */
export const LabelTargetSchema = z.union([z.enum(['culprit', 'nerve']), NodeNameSchema]);

/** A short callout in the picture, such as "Gel pushing out"; `{grade}` is the model's slip grade. */
export const PictureLabelSchema = z.strictObject({
  at: LabelTargetSchema,
  text: localized({ en: 32, es: 40 }),
  /**
   * The callout ends on the part of its structure nearest the spot, not nearest the structure's middle:
   * for a long structure, such as the nerve sac, whose middle is far from the story.
   */
  nearSpot: z.literal(true).optional(),
});
export type PictureLabel = z.infer<typeof PictureLabelSchema>;

/** Levels an axial cut can pass through, top to bottom: each vertebral body and each disc of L1-S1. */
export const AXIAL_LEVELS = [
  'L1',
  'disc_L1_L2',
  'L2',
  'disc_L2_L3',
  'L3',
  'disc_L3_L4',
  'L4',
  'disc_L4_L5',
  'L5',
  'disc_L5_S1',
] as const;
export type AxialLevel = (typeof AXIAL_LEVELS)[number];

/**
 * A cross-section through the model: axial (seen from above, like an axial MRI slice) through a named
 * level, or sagittal (from the side) through the midline or through the foramen on the condition's side.
 */
export const SectionSchema = z.discriminatedUnion('plane', [
  z.strictObject({
    plane: z.literal('axial'),
    through: z.enum(AXIAL_LEVELS, { error: `must be one of ${AXIAL_LEVELS.join(', ')}` }),
  }),
  z.strictObject({
    plane: z.literal('sagittal'),
    through: z.enum(['midline', 'foramen'], { error: 'must be "midline" or "foramen"' }),
  }),
]);
export type Section = z.infer<typeof SectionSchema>;

/** A cause of hip and leg nerve pain, with the text shown when it is selected. */
export const ConditionSchema = z
  .strictObject({
    id: ConditionIdSchema,
    name: LocalizedSchema,
    summary: localized({ en: 140, es: 180 }),
    whatHappens: LocalizedSchema,
    nerve: z.strictObject({ node: NodeNameSchema, label: LocalizedSchema }),
    whereFelt: LocalizedSchema,
    symptoms: LocalizedListSchema,
    whoGetsIt: LocalizedSchema,
    treatment: z.strictObject({
      conservative: LocalizedSchema,
      surgery: LocalizedSchema,
      redFlags: UrgentSignsSchema,
    }),
    affected: z.array(NodeNameSchema).min(1, 'must name at least one model node'),
    view: TeachingViewSchema,
    labels: z.array(PictureLabelSchema).min(2, 'must have 2 to 4 labels').max(4, 'must have 2 to 4 labels'),
    /** The cross-section its teaching view uses, on when the condition opens; absent for none. */
    section: SectionSchema.optional(),
    painSide: z.enum(['left', 'right', 'both'], { error: 'must be "left", "right" or "both"' }),
    sources: z.array(SourceSchema).min(1, 'must list at least one source'),
    figures: z.array(FigureSchema).optional(),
  })
  .refine((c) => c.painSide === 'both' || c.nerve.node.endsWith(`_${c.painSide}`), {
    message: 'must be the side of the pressed nerve (nerve.node)',
    path: ['painSide'],
  });
export type Condition = z.infer<typeof ConditionSchema>;

/** An anatomical structure (or a group of them) with a plain explanation. */
export const StructureSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/i, 'must be a simple id (letters, digits, - or _)'),
  nodes: z.array(NodeNameSchema).min(1, 'must name at least one model node'),
  name: LocalizedSchema,
  description: LocalizedSchema,
});
export type Structure = z.infer<typeof StructureSchema>;

/** The opening text of the app. */
export const OverviewSchema = z.strictObject({
  title: LocalizedSchema,
  intro: LocalizedSchema,
  sciaticNerve: LocalizedSchema,
  sciaticaVsPiriformis: LocalizedSchema,
  disclaimer: LocalizedSchema,
  sources: z.array(SourceSchema).min(1, 'must list at least one source'),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const LayerModeSchema = z.enum(LAYER_MODES, { error: 'must be "shown", "translucent" or "hidden"' });

/** The longest patient caption of a tour step, so it stays large and readable. */
export const CAPTION_MAX = { en: 120, es: 140 } as const;

/** One step of the presenter tour: what the patient sees and what the clinician says. */
export const TourStepSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id with dashes'),
    title: localized({ en: 60, es: 75 }),
    caption: localized(CAPTION_MAX),
    notes: LocalizedSchema,
    /** Where the camera looks from; absent on a condition's step, which shows the condition's teaching view. */
    view: z.strictObject({ target: Vec3Schema, position: Vec3Schema }).optional(),
    layers: z.strictObject({
      bones: LayerModeSchema,
      discs: LayerModeSchema,
      muscles: LayerModeSchema,
      nerves: LayerModeSchema,
    }),
    condition: ConditionIdSchema.nullable(),
    stage: z.number().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1'),
    animate: z.boolean(),
    highlight: z.array(NodeNameSchema),
    /** The references the clinician's notes cite. */
    sources: z.array(SourceSchema).optional(),
    figures: z.array(FigureSchema).optional(),
    /** The cross-section the step shows; null turns it off; absent keeps the condition's own. */
    section: SectionSchema.nullable().optional(),
    /** Cross-section greys in the style of a T2-weighted MRI. */
    mriLook: z.boolean().optional(),
  })
  .refine((step) => step.view || step.condition, {
    message: 'needs a view, or a condition whose teaching view it shows',
    path: ['view'],
  });
export type TourStep = z.infer<typeof TourStepSchema>;
export type TourView = NonNullable<TourStep['view']>;
export type Layers = TourStep['layers'];

/** All the patient-facing content except the tour and interface strings. */
export const ContentSchema = z.strictObject({
  conditions: z.array(ConditionSchema),
  structures: z.array(StructureSchema),
  overview: OverviewSchema,
});
export type Content = z.infer<typeof ContentSchema>;

export const TourSchema = z.array(TourStepSchema).min(1, 'must have at least one step');

/** Interface strings, keyed by name. */
export const UiStringsSchema = z.record(z.string(), LocalizedSchema);
