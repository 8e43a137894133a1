import type { TourStep } from '../content';
import { useViewer } from '../state/store';

/**
 * Shows a tour step in the viewer: its layers, condition, pathology stage and highlights, then flies
 * to its scripted view (the camera cuts instead when the user prefers reduced motion).
 */
export function applyStep(step: TourStep): void {
  const viewer = useViewer.getState();
  viewer.setNotice(null);
  viewer.setLayers(step.layers);
  if (viewer.selected !== step.condition) viewer.select(step.condition);
  if (step.animate) useViewer.getState().replay();
  useViewer.getState().setStage(step.stage);
  useViewer.getState().setHighlight(step.highlight);
  // After select(), which frames the condition its own way: the tour's view wins.
  useViewer.getState().goTo(step.view.position, step.view.target);
}
