import { afterEach, describe, expect, it } from 'vitest';
import { HOME_VIEW, resetViewer, useViewer } from '../../src/state/store';

afterEach(resetViewer);

const place = {
  node: 'disc_L5_S1',
  compresses: 'root_S1_left',
  hotspot: [0.01, 0.0, -0.02] as [number, number, number],
  side: 'left' as const,
};

describe('the viewer store', () => {
  it('selecting a condition shows it fully affected and plays the change', () => {
    const before = useViewer.getState().replayToken;
    useViewer.getState().select('herniated-disc');
    const state = useViewer.getState();
    expect(state.selected).toBe('herniated-disc');
    expect(state.stage).toBe(1);
    expect(state.replayToken).toBe(before + 1);
  });

  it('leaves the camera where it was when a rebuilt 3D view reads the model again', () => {
    useViewer.getState().setModelConditions({ 'herniated-disc': place });
    useViewer.getState().select('herniated-disc');
    const goal = useViewer.getState().cameraGoal;
    useViewer.getState().setModelConditions({ 'herniated-disc': { ...place } });
    expect(useViewer.getState().cameraGoal).toBe(goal);
  });

  it('flies the camera to the condition once the model says where it is', () => {
    useViewer.getState().select('herniated-disc');
    const token = useViewer.getState().cameraGoal.token;
    useViewer.getState().setModelConditions({ 'herniated-disc': place });
    const goal = useViewer.getState().cameraGoal;
    expect(goal.token).toBeGreaterThan(token);
    expect(goal.target).toEqual(place.hotspot);
    expect(goal.position).not.toEqual(HOME_VIEW.position);
  });

  it('Reset view returns the camera home', () => {
    useViewer.getState().goTo([1, 1, 1], [0, 0, 0]);
    useViewer.getState().resetView();
    expect(useViewer.getState().cameraGoal).toMatchObject(HOME_VIEW);
  });

  it('keeps the stage between 0 and 1', () => {
    useViewer.getState().setStage(3);
    expect(useViewer.getState().stage).toBe(1);
    useViewer.getState().setStage(-1);
    expect(useViewer.getState().stage).toBe(0);
  });

  it('going back to the overview clears the selection and any isolation', () => {
    useViewer.getState().isolate('piriformis');
    useViewer.getState().select('bone-spurs');
    useViewer.getState().select(null);
    expect(useViewer.getState()).toMatchObject({ selected: null, isolated: null, stage: 0 });
  });
});
