import { useViewer } from '../state/store';

/**
 * Follows the WebGL context: a lost context shows "Restoring 3D view..." while every setting stays in
 * the store; three.js rebuilds its resources when the browser gives the context back.
 */
export function watchContext(canvas: HTMLCanvasElement, redraw: () => void): void {
  canvas.addEventListener('webglcontextlost', (event) => {
    // A canvas taken off the page (an error or a retry) gives up its context on purpose.
    if (!canvas.isConnected) return;
    // Asking for the context back is only possible if the loss is not taken as final.
    event.preventDefault();
    useViewer.getState().setSceneState('context-lost');
  });
  canvas.addEventListener('webglcontextrestored', () => {
    useViewer.getState().setSceneState('ready');
    redraw();
  });
}
