import type { Condition, ConditionId } from '../schema.ts';
import { CONDITION_IDS } from '../schema.ts';
import { validateConditions } from '../validate.ts';
import { boneSpurs } from './boneSpurs.ts';
import { bulgingDisc } from './bulgingDisc.ts';
import { facetArthritis } from './facetArthritis.ts';
import { herniatedDisc } from './herniatedDisc.ts';
import { piriformisSyndrome } from './piriformisSyndrome.ts';
import { spondylolisthesis } from './spondylolisthesis.ts';

/** Every condition, validated at import, in the order of CONDITION_IDS. */
export const conditions: Condition[] = validateConditions([
  bulgingDisc,
  herniatedDisc,
  boneSpurs,
  facetArthritis,
  spondylolisthesis,
  piriformisSyndrome,
]);

const byId = new Map<ConditionId, Condition>(conditions.map((c) => [c.id, c]));

/** The condition with this id (every ConditionId has one). */
export function conditionById(id: ConditionId): Condition {
  const condition = byId.get(id);
  if (!condition) throw new Error(`Unknown condition "${id}"`);
  return condition;
}

/** True when `x` is one of the condition ids, e.g. for a value read from the address bar. */
export function isConditionId(x: unknown): x is ConditionId {
  return typeof x === 'string' && (CONDITION_IDS as readonly string[]).includes(x);
}
