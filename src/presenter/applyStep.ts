import { conditionById, type TourStep } from '../content';
import { sectionPosition } from '../state/section';
import { useViewer } from '../state/store';

/**
 * Shows a tour step in the viewer: its layers, condition, pathology stage, highlights and cross-section,
 * then flies to its scripted view, or to the condition's teaching view (the camera cuts instead when the
 * user prefers reduced motion).
 */
export function applyStep(step: TourStep): void {
  const viewer = useViewer.getState();
  viewer.setNotice(null);
  viewer.setLayers(step.layers);
  if (viewer.selected !== step.condition) viewer.select(step.condition);
  if (step.animate) useViewer.getState().replay();
  useViewer.getState().setStage(step.stage);
  useViewer.getState().setHighlight(step.highlight);
  // A step may name its own cross-section (or none); otherwise the condition's own stays.
  if (step.section !== undefined) {
    const current = useViewer.getState().section;
    const side = step.condition ? conditionById(step.condition)?.painSide : undefined;
    useViewer
      .getState()
      .setSection(
        step.section
          ? { on: true, plane: step.section.plane, position: sectionPosition(step.section, side) }
          : { ...current, on: false },
      );
  }
  if (step.mriLook !== undefined) useViewer.getState().setMriLook(step.mriLook);
  // A scripted view wins over the condition's own; without one, the condition's teaching view is shown
  // afresh, even when the step before showed the same condition from elsewhere.
  if (step.view) useViewer.getState().goTo(step.view.position, step.view.target);
  else useViewer.getState().fitView();
}
