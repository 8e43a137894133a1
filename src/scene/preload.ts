import { downloadModel } from '../lib/modelDownload';
import { follow } from '../lib/useSettled';
import { mayHaveWebGL2 } from '../lib/webgl';
import { MODEL_URLS } from './modelNodes';
import { chooseDetail } from './quality';

/** The model file this page draws: the one `?detail=` names, or the one this device can afford. */
export function chosenModelUrl(): string {
  return MODEL_URLS[chooseDetail()];
}

/**
 * Starts, while the text interface is still arriving, the two downloads the 3D view will wait for: its
 * code (the Scene chunk, with the meshopt decoder, which starts compiling as soon as it arrives) and the
 * model file, which is parsed as soon as that code is there. Called by the entry module, so neither waits
 * for the other nor for the page to render.
 * The view later asks for the same chunk and the same download, and gets them as they stand.
 */
export function preloadScene(): void {
  if (!mayHaveWebGL2()) return;
  const url = chosenModelUrl();
  downloadModel(url);
  // A failure here is reported when the view asks for the code or the model itself.
  sceneCode()
    .then(({ loadModel }) => loadModel(url))
    .catch(() => {});
}

let code: Promise<typeof import('./Scene')> | undefined;

/** The 3D view's code (the Scene chunk), asked for once. */
export function sceneCode(): Promise<typeof import('./Scene')> {
  code ??= follow(import('./Scene'));
  return code;
}
