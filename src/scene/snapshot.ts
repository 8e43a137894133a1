/**
 * A picture of the 3D view for the printed handout. The scene registers how to take one; the page
 * asks for it without touching three.js.
 */
type Snapshot = () => string | null;

let take: Snapshot = () => null;

/** Lets the 3D view say how to draw itself into a PNG data URL; returns the function to unregister. */
export function provideSnapshot(snapshot: Snapshot): () => void {
  take = snapshot;
  return () => {
    if (take === snapshot) take = () => null;
  };
}

/** The current 3D view as a PNG data URL, or null when there is no 3D view. */
export function takeSnapshot(): string | null {
  try {
    return take();
  } catch {
    return null;
  }
}
