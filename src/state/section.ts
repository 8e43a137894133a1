import { AXIAL_LEVELS, type AxialLevel, type Condition, type Section } from '../content';

/** Which way the cross-section cuts: across the spine (seen from above) or along it (from the side). */
export type SectionPlane = Section['plane'];

/**
 * The cross-section as the viewer shows it. `position` is, for an axial cut, a place along the lumbar
 * column: 0 the middle of the L1 body, 1 the L1-L2 disc, ... 9 the L5-S1 disc (see AXIAL_LEVELS); for a
 * sagittal cut, millimetres from the midline toward the patient's left (negative: right).
 */
export interface SectionState {
  on: boolean;
  plane: SectionPlane;
  position: number;
}

/** How far the plane can move, per plane, in the units of `position`. */
export const SECTION_RANGE: Record<SectionPlane, { min: number; max: number; step: number }> = {
  axial: { min: 0, max: AXIAL_LEVELS.length - 1, step: 0.1 },
  sagittal: { min: -35, max: 35, step: 1 },
};

/**
 * How far the foramen (where a root leaves the spine) lies from the midline: half the L5 canal width
 * (26-28 mm) plus half the pedicle width (12-16 mm), Cook 2021 and Nepal 2020 (see ANATOMY.md).
 */
export const FORAMEN_OFFSET_MM = 20;

/** Where a new section starts when nothing names its place: the L4-L5 disc, or the midline. */
const DEFAULT_POSITION: Record<SectionPlane, number> = {
  axial: AXIAL_LEVELS.indexOf('disc_L4_L5'),
  sagittal: 0,
};

export const SECTION_OFF: SectionState = { on: false, plane: 'axial', position: DEFAULT_POSITION.axial };

/** The position of a section named in content; a foramen cut goes to the side of the pressed nerve. */
export function sectionPosition(section: Section, painSide: Condition['painSide'] = 'left'): number {
  if (section.plane === 'axial') return AXIAL_LEVELS.indexOf(section.through);
  if (section.through === 'midline') return 0;
  return painSide === 'right' ? -FORAMEN_OFFSET_MM : FORAMEN_OFFSET_MM;
}

/** The section a condition opens with: its teaching section, or none. */
export function sectionOf(condition: Condition | undefined, current: SectionState): SectionState {
  if (!condition?.section) return { ...current, on: false };
  return {
    on: true,
    plane: condition.section.plane,
    position: sectionPosition(condition.section, condition.painSide),
  };
}

/** A new plane starts at the condition's own place for it, if any, or at the default place. */
export function startOfPlane(plane: SectionPlane, condition: Condition | undefined): number {
  if (condition?.section?.plane === plane) return sectionPosition(condition.section, condition.painSide);
  if (plane === 'sagittal' && condition && condition.painSide !== 'both') {
    return sectionPosition({ plane, through: 'foramen' }, condition.painSide);
  }
  return DEFAULT_POSITION[plane];
}

/** Keeps a position inside its plane's range. */
export function clampPosition(plane: SectionPlane, position: number): number {
  const { min, max } = SECTION_RANGE[plane];
  return Math.min(max, Math.max(min, position));
}

/** The level an axial position is nearest to, for its name in the panel. */
export function nearestLevel(position: number): AxialLevel {
  const index = Math.round(clampPosition('axial', position));
  return AXIAL_LEVELS[index];
}
