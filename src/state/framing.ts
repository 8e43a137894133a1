import { type ConditionId, conditionById } from '../content';
import { add, normalize, scale } from '../lib/vec';
import type { CameraGoal, ModelCondition } from './store';

/**
 * The camera goal that frames a condition: looking at its marker from the direction its content
 * names, at its distance. Null when the model has not said where the condition is yet.
 */
export function framingFor(
  id: ConditionId,
  modelConditions: Partial<Record<ConditionId, ModelCondition>>,
  token: number,
): CameraGoal | null {
  const place = modelConditions[id];
  const condition = conditionById(id);
  if (!place || !condition) return null;
  const target = place.hotspot;
  const position = add(target, scale(normalize(condition.view.direction), condition.view.distance));
  return { position, target, token };
}
