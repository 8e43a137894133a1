let entered = false;

/**
 * Asks for full screen; it needs a user gesture and may be refused (headless browsers, kiosk policies,
 * iframes), in which case the presentation simply goes on in the window.
 */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().then(
    () => {
      entered = true;
    },
    () => {
      entered = false;
    },
  );
}

/** Leaves the full screen the presentation asked for, and only that one. */
export function exitFullscreen(): void {
  if (entered && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  entered = false;
}

/**
 * Chromium leaves full screen whenever the page opens a window; call this just before opening the
 * presenter view so that the browser's doing is not taken for the clinician leaving the tour.
 */
export function letFullscreenEndQuietly(): void {
  entered = false;
}

/**
 * Calls `onLeft` when the full screen the presentation asked for ends by other means, such as Esc,
 * which the browser keeps for itself in full screen. Returns the unsubscribe function.
 */
export function onFullscreenLeft(onLeft: () => void): () => void {
  const listener = () => {
    if (entered && !document.fullscreenElement) {
      entered = false;
      onLeft();
    }
  };
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}
