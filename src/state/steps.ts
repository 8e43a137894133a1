/** Step numbers are 1-based everywhere: in the counter, in the address (`#tour/3`) and in messages. */

/** `step` brought into 1..total; anything that is not a number goes to the first step. */
export function clampStep(step: number, total: number): number {
  if (!Number.isFinite(step) || total < 1) return 1;
  return Math.min(total, Math.max(1, Math.round(step)));
}

/** The step after `step`; at the end it stays on the last one, or goes back to the first when `loop` is set. */
export function nextStep(step: number, total: number, loop = false): number {
  const current = clampStep(step, total);
  if (current < total) return current + 1;
  return loop ? 1 : total;
}

/** The step before `step`; the first step stays where it is. */
export function previousStep(step: number, total: number): number {
  return Math.max(1, clampStep(step, total) - 1);
}

/** The most digits a typed step number may have; longer input keeps only the last ones. */
export const MAX_TYPED_DIGITS = 3;

/** Appends a typed digit to the pending step number, as a clicker user types "1", "2" then Enter. */
export function typeDigit(typed: string, digit: string): string {
  if (!/^\d$/.test(digit)) return typed;
  return (typed + digit).slice(-MAX_TYPED_DIGITS);
}

/**
 * The step a typed number asks for, or null when nothing sensible was typed ("", "0", letters).
 * A number past the end goes to the last step, as slide software does.
 */
export function parseTypedStep(typed: string, total: number): number | null {
  if (!/^\d{1,3}$/.test(typed)) return null;
  const step = Number(typed);
  if (step < 1) return null;
  return clampStep(step, total);
}
