import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import { CONDITION_IDS, type ConditionId } from '../content/schema';
import { prefersReducedMotion } from '../lib/motion';
import { useViewer } from '../state/store';
import { reportPathology } from './diagnostics';
import type { ModelPart } from './prepareModel';

/** Healthy to fully affected takes this long, slow enough for a patient to follow. */
const SECONDS_FULL_CHANGE = 1.6;
/** A longer gap between frames (a hidden tab, a stalled driver) counts as this much, not as a jump. */
const MAX_FRAME_GAP_S = 0.5;

type Weights = Record<ConditionId, number>;

function smoothstep(x: number): number {
  return x * x * (3 - 2 * x);
}

/** Moves each weight one frame toward its goal; returns whether anything is still moving. */
export function stepWeights(weights: Weights, goals: Weights, delta: number, instant: boolean): boolean {
  let moving = false;
  const step = instant ? 1 : delta / SECONDS_FULL_CHANGE;
  for (const id of CONDITION_IDS) {
    const gap = goals[id] - weights[id];
    if (gap === 0) continue;
    weights[id] = Math.abs(gap) <= step ? goals[id] : weights[id] + Math.sign(gap) * step;
    moving ||= weights[id] !== goals[id];
  }
  return moving;
}

function zeroWeights(): Weights {
  return Object.fromEntries(CONDITION_IDS.map((id) => [id, 0])) as Weights;
}

/** Each condition's goal from the store: the selected one at its stage, every other one healthy. */
function goalWeights(): Weights {
  const { selected, stage } = useViewer.getState();
  return Object.fromEntries(CONDITION_IDS.map((id) => [id, id === selected ? stage : 0])) as Weights;
}

/**
 * Animates the model's pathology morph targets, one per condition id, toward the store's stage.
 * Only the selected condition has a goal above zero, so switching conditions heals the last one.
 * A view rebuilt after a lost context (`resume`) starts where the old one stood: the patient saw that
 * change already, and replaying it in slow software drawing would leave a half-grown picture for seconds.
 */
export function usePathology(parts: ModelPart[], resume: boolean): void {
  const [start] = useState(() => (resume ? goalWeights() : zeroWeights()));
  const weights = useRef(start);
  const goals = useRef(zeroWeights());
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    let lastReplay = useViewer.getState().replayToken;
    const update = () => {
      const { selected, replayToken } = useViewer.getState();
      if (replayToken !== lastReplay && selected) weights.current[selected] = 0;
      lastReplay = replayToken;
      goals.current = goalWeights();
      invalidate();
    };
    update();
    return useViewer.subscribe(update);
  }, [invalidate]);

  const animating = useRef(false);

  useFrame((_, delta) => {
    // Wall-clock time between animation frames, so the change takes as long on a slow laptop as on a
    // fast one; the first frame of a change starts from zero rather than from the idle time before it.
    const elapsed = animating.current ? Math.min(delta, MAX_FRAME_GAP_S) : 0;
    const moving = stepWeights(weights.current, goals.current, elapsed, prefersReducedMotion());
    animating.current = moving;
    for (const part of parts) {
      const dictionary = part.mesh.morphTargetDictionary;
      const influences = part.mesh.morphTargetInfluences;
      if (!dictionary || !influences) continue;
      for (const id of CONDITION_IDS) {
        const index = dictionary[id];
        if (index !== undefined) influences[index] = smoothstep(weights.current[id]);
      }
    }
    reportPathology(weights.current);
    if (moving) invalidate();
  });
}
