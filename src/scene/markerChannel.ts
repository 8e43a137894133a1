import type { ConditionId } from '../content';

/** Where a condition's marker goes on the screen, in CSS pixels from the top left of the 3D view. */
export interface MarkerPlacement {
  id: ConditionId;
  /** The marker's centre, moved off its neighbours if they would overlap. */
  x: number;
  y: number;
  /** The spot on the model it points at; a short line joins the two when they differ. */
  anchorX: number;
  anchorY: number;
  /** Bone stands between the camera and the spot: the marker fades but stays usable. */
  behind: boolean;
  /** The spot is in front of the camera and inside the view. */
  onScreen: boolean;
}

type Listener = (placements: readonly MarkerPlacement[]) => void;

const listeners = new Set<Listener>();
let latest: readonly MarkerPlacement[] = [];

/**
 * Hands marker positions from the 3D scene (which knows the camera) to the buttons over it (plain DOM,
 * outside the scene's renderer) without a React render per frame.
 */
export function publishMarkers(placements: readonly MarkerPlacement[]): void {
  latest = placements;
  for (const listener of listeners) listener(placements);
}

/** Where the markers are now. */
export function latestMarkers(): readonly MarkerPlacement[] {
  return latest;
}

/** Calls `listener` now with the latest positions and on every change; returns the unsubscribe. */
export function onMarkers(listener: Listener): () => void {
  listeners.add(listener);
  listener(latest);
  return () => listeners.delete(listener);
}
