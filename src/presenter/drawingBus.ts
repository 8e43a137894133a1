const listeners = new Set<() => void>();

/** Wipes the drawing on the view, e.g. from the Clear drawing button or the C key. */
export function clearDrawing(): void {
  for (const listener of listeners) listener();
}

/** Lets the drawing overlay hear clear requests; returns the unsubscribe function. */
export function onClearDrawing(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
