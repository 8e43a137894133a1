/**
 * True when this browser knows WebGL 2 at all. It creates no context: a WebGL context costs hundreds of
 * ms under software rendering, so the one the scene draws with is the real test (see sceneContext).
 */
export function mayHaveWebGL2(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}

/** The browser gave no WebGL 2 context (switched off, blocked, or no GPU driver): the view cannot draw. */
export class WebGL2Unavailable extends Error {
  constructor() {
    super('This browser cannot draw the 3D view (no WebGL 2).');
    this.name = 'WebGL2Unavailable';
  }
}

/**
 * The scene's one WebGL 2 context, created on its own canvas with the attributes three.js's renderer
 * asks for by default (it is handed to the renderer, which then creates none of its own).
 * Throws WebGL2Unavailable when the browser gives none.
 */
export function sceneContext(
  canvas: HTMLCanvasElement,
  attributes: WebGLContextAttributes,
): WebGL2RenderingContext {
  const context = canvas.getContext('webgl2', {
    alpha: true,
    depth: true,
    stencil: false,
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
    failIfMajorPerformanceCaveat: false,
    ...attributes,
  }) as WebGL2RenderingContext | null;
  if (!context) throw new WebGL2Unavailable();
  return context;
}
