import { useEffect, useReducer } from 'react';

type Outcome<T> =
  | { status: 'pending' }
  | { status: 'fulfilled'; value: T }
  | { status: 'rejected'; reason: unknown };

const outcomes = new WeakMap<Promise<unknown>, Outcome<unknown>>();

/** How `promise` has ended so far, followed from the first time it is asked. */
function outcomeOf<T>(promise: Promise<T>): Outcome<T> {
  let outcome = outcomes.get(promise) as Outcome<T> | undefined;
  if (!outcome) {
    const followed: Outcome<T> = { status: 'pending' };
    outcome = followed;
    outcomes.set(promise, followed);
    promise.then(
      (value) => Object.assign(followed, { status: 'fulfilled', value }),
      (reason) => Object.assign(followed, { status: 'rejected', reason }),
    );
  }
  return outcome;
}

/** Starts following `promise` now, so that a component that asks for it once it has ended gets it at once. */
export function follow<T>(promise: Promise<T>): Promise<T> {
  outcomeOf(promise);
  return promise;
}

/**
 * The value of `promise` once it has settled, null until then; its error is thrown, for the nearest error
 * boundary. Used on the start-up path instead of Suspense: React holds back the content of a Suspense
 * boundary that has shown its fallback until 300 ms have passed, which would delay the model's first frame.
 */
export function useSettled<T>(promise: Promise<T>): T | null {
  const outcome = outcomeOf(promise);
  const pendingWhenDrawn = outcome.status === 'pending';
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!pendingWhenDrawn) return;
    let live = true;
    // Registered after outcomeOf's own handlers, so the outcome is known when this runs (also when the
    // promise settled between drawing and now).
    const settled = () => {
      if (live) rerender();
    };
    promise.then(settled, settled);
    return () => {
      live = false;
    };
  }, [promise, pendingWhenDrawn]);
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.status === 'fulfilled' ? outcome.value : null;
}
