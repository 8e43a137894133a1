import { getPresenter } from '../state/store';
import { enterFullscreen, exitFullscreen } from './fullscreen';

/** Starts presenting (from the Present button or F5): full screen when allowed, at the step to resume. */
export function startPresentation(): void {
  enterFullscreen();
  // The Present button disappears with the header: Space and Enter must go to the tour, not to it.
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  if (!getPresenter().active) getPresenter().start();
}

/** Ends the presentation and its full screen; harmless when nothing is being presented. */
export function endPresentation(): void {
  exitFullscreen();
  if (getPresenter().active) getPresenter().leave();
}
