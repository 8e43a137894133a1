import type { WebGLRenderer } from 'three';
import { type LabelAnchor, type MarkerSpot, overlay } from '../state/overlay';

/**
 * Read-only figures about the 3D view, on `window.spineViewer`, for the browser tests and the benchmark:
 * frames drawn, the last frame's draw calls and triangles, GPU resources, the pathology stage, where
 * each condition's spot and each callout's point are on the screen, and what the eye meets at a point.
 */
export interface ViewerDiagnostics {
  frames: number;
  /** Whether the view has a frame still to draw: a change in hand, a camera gliding. False at rest. */
  drawing: () => boolean;
  pathology: Record<string, number>;
  markers: () => readonly MarkerSpot[];
  /** The teaching view's callout points, with the structure each lies on. */
  labels: () => readonly LabelAnchor[];
  /** The structure a ray from the camera through the view's CSS pixel (x, y) meets first, or null. */
  pick: (x: number, y: number) => string | null;
  /**
   * Where a point given in a model node's own frame (metres; the node's origin by default) is on the
   * canvas, in CSS pixels, or null before the model has loaded or for an unknown node.
   */
  nodeOnScreen: (node: string, local?: [number, number, number]) => { x: number; y: number } | null;
  /** The point the camera looks at and turns around (metres, scene frame), or null with no camera. */
  cameraTarget: () => [number, number, number] | null;
  renderInfo: () => {
    calls: number;
    triangles: number;
    geometries: number;
    textures: number;
    programs: number;
  };
}

const diagnostics: ViewerDiagnostics = {
  frames: 0,
  drawing: () => false,
  pathology: {},
  markers: () => overlay.getState().markers,
  labels: () => overlay.getState().anchors,
  pick: () => null,
  nodeOnScreen: () => null,
  cameraTarget: () => null,
  renderInfo: () => ({ calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0 }),
};

declare global {
  interface Window {
    spineViewer?: ViewerDiagnostics;
  }
}

if (typeof window !== 'undefined') window.spineViewer = diagnostics;

/** Counts a drawn frame. */
export function countFrame(): void {
  diagnostics.frames += 1;
}

/** Lets the tests ask whether a frame is still to be drawn (R3F's count of frames asked for). */
export function watchDrawing(drawing: (() => boolean) | null): void {
  diagnostics.drawing = drawing ?? (() => false);
}

/** Points the figures at the renderer in use. */
export function watchRenderer(gl: WebGLRenderer): void {
  diagnostics.renderInfo = () => ({
    calls: gl.info.render.calls,
    triangles: gl.info.render.triangles,
    geometries: gl.info.memory.geometries,
    textures: gl.info.memory.textures,
    programs: gl.info.programs?.length ?? 0,
  });
}

/** Lets the loaded model answer where its nodes are on the screen. */
export function watchNodes(project: ViewerDiagnostics['nodeOnScreen']): void {
  diagnostics.nodeOnScreen = project;
}

/** Lets the tests ask where the camera looks; null when no camera controller is up. */
export function watchCameraTarget(target: ViewerDiagnostics['cameraTarget'] | null): void {
  diagnostics.cameraTarget = target ?? (() => null);
}

/** Shares the live record of how far each condition's pathology is shown, 0 to 1 (no copy per frame). */
export function reportPathology(weights: Record<string, number>): void {
  diagnostics.pathology = weights;
}

/** Lets the tests ask what the eye meets at a point of the view; null when no model is shown. */
export function setPicker(pick: ((x: number, y: number) => string | null) | null): void {
  diagnostics.pick = pick ?? (() => null);
}
