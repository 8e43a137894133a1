/** The app's text and teaching content: typed records, validated when this module loads. */
import { clinic } from '../config/clinic.ts';
import { chooseTour, TOUR_STEPS } from './tour.ts';

export { conditionById, conditions, isConditionId } from './conditions/index.ts';
export {
  BODY_MAP_TEXT,
  type PainArea,
  type PainSide,
  type Patch,
  painAreaOf,
  SKIN_AREA_IDS,
  SKIN_AREAS,
  type SkinArea,
  type SkinAreaId,
  shadedText,
} from './dermatomes.ts';
export { overview } from './overview.ts';
export * from './schema.ts';
export { citation, SOURCES, URGENT_SIGNS } from './sources.ts';
export { structureById, structureForNode, structures } from './structures.ts';
export { chooseTour, TOUR_STEPS, URGENT_SIGNS_STEP } from './tour.ts';

/** The presenter tour this clinic has chosen (clinic.json "tour"). */
export const tour = chooseTour(TOUR_STEPS, clinic.tour);
export { fill, localize, t, UI_KEYS, type UiKey, ui } from './ui.ts';
export {
  ContentError,
  validateConditions,
  validateContent,
  validateOverview,
  validateStructures,
  validateTour,
  validateUi,
} from './validate.ts';
