/** The app's text and teaching content: typed records, validated when this module loads. */
import { clinic } from '../config/clinic';
import { chooseTour, TOUR_STEPS } from './tour';

export { conditionById, conditions, isConditionId } from './conditions';
export { overview } from './overview';
export * from './schema';
export { SOURCES, URGENT_SIGNS } from './sources';
export { structureById, structureForNode, structures } from './structures';
export { chooseTour, TOUR_STEPS } from './tour';

/** The presenter tour this clinic has chosen (clinic.json "tour"). */
export const tour = chooseTour(TOUR_STEPS, clinic.tour);
export { fill, localize, t, UI_KEYS, type UiKey, ui } from './ui';
export {
  ContentError,
  validateConditions,
  validateContent,
  validateOverview,
  validateStructures,
  validateTour,
  validateUi,
} from './validate';
