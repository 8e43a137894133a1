import { getPresenter, useViewer } from '../state/store';
import { letFullscreenEndQuietly } from './fullscreen';

/** The presenter view's address: this app with `?view=presenter`, at the current step. */
export function presenterViewUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'presenter');
  url.searchParams.set('lang', useViewer.getState().lang);
  url.hash = `tour/${getPresenter().step}`;
  return url.href;
}

/** True when this window was opened as the presenter view. */
export function isPresenterView(): boolean {
  return new URLSearchParams(window.location.search).get('view') === 'presenter';
}

/**
 * Opens the presenter view in a second window (for the clinician's laptop screen); when pop-ups are
 * blocked, the viewer shows a notice saying how to allow them.
 */
export function openPresenterView(): void {
  letFullscreenEndQuietly();
  const opened = window.open(presenterViewUrl(), 'spine-presenter-view', 'popup,width=1200,height=800');
  if (!opened) useViewer.getState().setNotice('presenterBlocked');
  else opened.focus();
}
