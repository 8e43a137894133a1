import type { Condition, Lang, Localized, Source } from './schema.ts';
import { SOURCES } from './sources.ts';
import { fill } from './ui.ts';

/**
 * Where a pressed nerve is felt on the skin, drawn on the body outline of src/ui/bodyOutline.ts.
 *
 * Shapes are schematic bands, not exact borders: dermatomes overlap and differ between people
 * (Lee, McPhee and Stringer, Clin Anat 2008, who found agreement only for the bands shown here).
 * Pain from a root also spreads beyond its skin band (Harrison's, Table 48-1), so the buttock and thigh
 * are shaded where Harrison's names them.
 *
 * Coordinates are in figure units, for ONE side of the body: x is the distance outward from the midline
 * (0 = midline, larger = toward the outer side), y runs from the top of the head (0) to the soles (about
 * 302). The knee is at y = 200-230, the ankle at y = 285, the buttock at y = 125-158 (see bodyOutline.ts).
 * Each shape is clipped to the outline, so it may reach past the skin's edge.
 */

/** The skin areas the figure can shade: one per nerve root the content names, and the sciatic nerve. */
export const SKIN_AREA_IDS = ['L4', 'L5', 'S1', 'sciatic'] as const;
export type SkinAreaId = (typeof SKIN_AREA_IDS)[number];

/** A side of the body, or both, as in a condition's `painSide`. */
export type PainSide = Condition['painSide'];

/** A polygon of [x, y] points in the one-side figure units described above. */
export type Patch = readonly (readonly [number, number])[];

/** One nerve's skin area, seen from the front and from the back. */
export interface SkinArea {
  id: SkinAreaId;
  /** How the text names it: "the S1 nerve root". */
  name: Localized;
  /** Shapes on the front view (the patient faces us). */
  front: readonly Patch[];
  /** Shapes on the back view. */
  back: readonly Patch[];
  sources: readonly Source[];
}

/** The whole sole and heel, seen from behind. */
const SOLE: Patch = [
  [0, 283],
  [40, 283],
  [40, 306],
  [0, 306],
];

/** The skin areas, from the evidence-based map (Lee 2008) and Harrison's pain distribution. */
export const SKIN_AREAS: Record<SkinAreaId, SkinArea> = {
  // L4: front of the knee, inner side of the calf, down to the inner ankle (Lee 2008; Harrison's).
  L4: {
    id: 'L4',
    name: { en: 'the L4 nerve root', es: 'la raíz nerviosa L4' },
    front: [
      [
        [0, 202],
        [32, 200],
        [32, 229],
        [15, 232],
        [13.5, 255],
        [12.5, 272],
        [11.5, 287],
        [9, 293],
        [0, 293],
      ],
    ],
    back: [],
    sources: [SOURCES.lee, SOURCES.harrison],
  },
  // L5: buttock and side of the thigh (Harrison's), outer calf and top of the foot with the big toe (Lee 2008).
  L5: {
    id: 'L5',
    name: { en: 'the L5 nerve root', es: 'la raíz nerviosa L5' },
    front: [
      [
        [21, 150],
        [40, 150],
        [40, 197],
        [20.5, 197],
      ],
      [
        [15, 231],
        [40, 231],
        [40, 288],
        [12, 288],
      ],
      [
        [0, 287],
        [16, 288],
        [15, 306],
        [0, 306],
      ],
    ],
    back: [
      [
        [7, 124],
        [34, 124],
        [34, 148],
        [11, 146],
      ],
      [
        [19, 146],
        [40, 146],
        [40, 214],
        [17.5, 214],
      ],
      [
        [14.5, 230],
        [40, 230],
        [40, 284],
        [13, 284],
      ],
    ],
    sources: [SOURCES.lee, SOURCES.harrison],
  },
  // S1: buttock, back of the thigh and calf (Harrison's), sole and outer edge of the foot (Lee 2008).
  S1: {
    id: 'S1',
    name: { en: 'the S1 nerve root', es: 'la raíz nerviosa S1' },
    front: [
      [
        [16, 288],
        [40, 288],
        [40, 306],
        [15, 306],
      ],
    ],
    back: [
      [
        [0, 132],
        [34, 132],
        [34, 158],
        [21, 160],
        [19.5, 190],
        [18, 214],
        [18, 240],
        [16, 262],
        [14.5, 283],
        [0, 283],
      ],
      SOLE,
    ],
    sources: [SOURCES.lee, SOURCES.harrison],
  },
  // The sciatic nerve pressed by the piriformis: deep in the buttock, spreading down the back of the thigh
  // (StatPearls, Piriformis Syndrome).
  sciatic: {
    id: 'sciatic',
    name: { en: 'the sciatic nerve', es: 'el nervio ciático' },
    front: [],
    back: [
      [
        [0, 128],
        [34, 128],
        [34, 158],
        [23, 160],
        [21, 190],
        [19, 222],
        [0, 222],
      ],
    ],
    sources: [SOURCES.statpearlsPiriformis, SOURCES.harrison],
  },
};

/** The nerve a condition presses, as a skin area, and the side(s) to shade. */
export interface PainArea {
  area: SkinAreaId;
  side: PainSide;
}

const ROOT_NODE = /^root_(\w+?)_(left|right)$/;

/**
 * The skin area to shade for a condition, from the nerve it presses (`nerve.node`) and its `painSide`;
 * null when no area is drawn for that nerve. A root named in the content (root_S1_left) shades its
 * dermatome; the sciatic nerve shades the sciatic area.
 */
export function painAreaOf(condition: Pick<Condition, 'nerve' | 'painSide'>): PainArea | null {
  const node = condition.nerve.node;
  const root = ROOT_NODE.exec(node)?.[1];
  const area = node.startsWith('sciatic_nerve_') ? 'sciatic' : root;
  if (!area || !(SKIN_AREA_IDS as readonly string[]).includes(area)) return null;
  return { area: area as SkinAreaId, side: condition.painSide };
}

/** The words of the body figure. */
export const BODY_MAP_TEXT = {
  front: { en: 'Front', es: 'De frente' },
  back: { en: 'Back', es: 'De espaldas' },
  left: { en: 'Left', es: 'Izquierda' },
  right: { en: 'Right', es: 'Derecha' },
  figure: { en: 'Body outline, front and back.', es: 'Silueta del cuerpo, de frente y de espaldas.' },
  shaded: {
    en: 'Shaded: where {area} can cause pain or numbness, {side}.',
    es: 'Sombreado: donde {area} puede causar dolor o adormecimiento, {side}.',
  },
  guide: {
    en: 'The areas are a guide: they overlap and differ from person to person.',
    es: 'Las zonas son una guía: se superponen y cambian de una persona a otra.',
  },
  onSide: {
    left: { en: 'on the left side', es: 'en el lado izquierdo' },
    right: { en: 'on the right side', es: 'en el lado derecho' },
    both: { en: 'on both sides', es: 'en los dos lados' },
  },
} satisfies Record<string, Localized | Record<PainSide, Localized>>;

/** "Shaded: where the S1 nerve root can cause pain or numbness, on the left side." */
export function shadedText({ area, side }: PainArea, lang: Lang): string {
  return fill(BODY_MAP_TEXT.shaded[lang], {
    area: SKIN_AREAS[area].name[lang],
    side: BODY_MAP_TEXT.onSide[side][lang],
  });
}
