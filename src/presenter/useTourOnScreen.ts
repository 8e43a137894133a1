import { useEffect } from 'react';
import { tour } from '../content';
import { getPresenter, type Layers, onPresenterChange, useViewer } from '../state/store';
import { applyStep } from './applyStep';

/**
 * Shows the presenter's step in the 3D view whenever it changes, and gives the viewer back its layers
 * when the presentation ends. A model that finishes loading mid-step is framed by the step's view.
 */
export function useTourOnScreen(): void {
  useEffect(() => {
    let layersBefore: Layers | null = null;
    const show = () => {
      const { active, step } = getPresenter();
      const tourStep = tour[step - 1];
      if (active && tourStep) applyStep(tourStep);
    };
    show();
    if (getPresenter().active) layersBefore = useViewer.getState().layers;
    const stopPresenter = onPresenterChange((s, before) => {
      if (s.active && !before.active) layersBefore = useViewer.getState().layers;
      if (s.active && (s.step !== before.step || !before.active)) show();
      if (!s.active && before.active) {
        const viewer = useViewer.getState();
        if (layersBefore) viewer.setLayers(layersBefore);
        viewer.setHighlight([]);
      }
    });
    const stopViewer = useViewer.subscribe((s, before) => {
      if (s.modelConditions === before.modelConditions || !getPresenter().active) return;
      const step = tour[getPresenter().step - 1];
      if (step?.view) s.goTo(step.view.position, step.view.target);
      else if (step) s.fitView();
    });
    return () => {
      stopPresenter();
      stopViewer();
    };
  }, []);
}
