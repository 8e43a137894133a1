import { CONDITION_IDS, type ConditionId } from '../content/schema';
import type { Vec3 } from '../lib/vec';
import type { ModelCondition } from '../state/store';

function isVec3(value: unknown): value is Vec3 {
  return Array.isArray(value) && value.length === 3 && value.every((n) => Number.isFinite(n));
}

/**
 * Reads the hotspot and pressed nerve of each condition from the model file's scene extras.
 * Records that are missing or malformed are left out, so a bad file loses markers, not the app.
 */
export function readModelConditions(
  userData: Record<string, unknown>,
): Partial<Record<ConditionId, ModelCondition>> {
  const raw = (userData.conditions ?? {}) as Record<string, Partial<ModelCondition>>;
  const result: Partial<Record<ConditionId, ModelCondition>> = {};
  for (const id of CONDITION_IDS) {
    const entry = raw[id];
    if (
      !entry ||
      !isVec3(entry.hotspot) ||
      typeof entry.node !== 'string' ||
      typeof entry.compresses !== 'string'
    ) {
      continue;
    }
    const side = entry.side === 'left' || entry.side === 'right' ? entry.side : 'both';
    result[id] = { node: entry.node, compresses: entry.compresses, hotspot: entry.hotspot, side };
    if (typeof entry.grade === 'string') result[id].grade = entry.grade;
    if (typeof entry.slipPercent === 'number') result[id].slipPercent = entry.slipPercent;
  }
  return result;
}
