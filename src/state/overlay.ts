import { createStore } from 'zustand/vanilla';
import type { ConditionId } from '../content';

/** Where a condition's spot is on the screen, in CSS pixels from the top left of the 3D view. */
export interface MarkerSpot {
  id: ConditionId;
  anchorX: number;
  anchorY: number;
  /** Bone stands between the camera and the spot: the marker fades but stays usable. */
  behind: boolean;
  /** The spot is in front of the camera and inside the view. */
  onScreen: boolean;
}

/** Where a callout of the teaching view points, on the screen and on the model. */
export interface LabelAnchor {
  /** Index of the label in the condition's `labels`. */
  index: number;
  /** The model node the point lies on. */
  node: string;
  x: number;
  y: number;
  /** A ray from the camera reaches the point first: the structure is not hidden there. */
  visible: boolean;
  onScreen: boolean;
}

/** The disc of the screen around the condition's spot, which callouts and markers keep clear of. */
export interface ScreenCircle {
  x: number;
  y: number;
  r: number;
}

/**
 * Per-frame positions the 3D view hands to the DOM over it (markers, callouts). A zustand vanilla store
 * read through `subscribe`, so moving the camera never re-renders React (zustand "Transient updates").
 */
export interface OverlayState {
  markers: readonly MarkerSpot[];
  anchors: readonly LabelAnchor[];
  culprit: ScreenCircle | null;
  /** The cut shows the culprit's healthy shape as a dashed line, which the view's key then explains. */
  healthyEdge: boolean;
}

export const overlay = createStore<OverlayState>()(() => ({
  markers: [],
  anchors: [],
  culprit: null,
  healthyEdge: false,
}));
