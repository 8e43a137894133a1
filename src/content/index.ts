/** The app's text and teaching content: typed records, validated when this module loads. */
export { conditionById, conditions, isConditionId } from './conditions';
export { overview } from './overview';
export * from './schema';
export { SOURCES, URGENT_SIGNS } from './sources';
export { structureById, structureForNode, structures } from './structures';
export { tour } from './tour';
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
