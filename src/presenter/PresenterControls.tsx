import { useEffect, useRef } from 'react';
import { getPresenter, usePresenter } from '../state/store';
import { useT } from '../state/useT';
import { openPresenterView } from './openPresenterView';
import { endPresentation } from './presentation';

/** How long the toolbar stays visible after the mouse last moved. */
const AWAKE_MS = 2500;

/** Shows the toolbar while the mouse moves, then hides it so it never sits over the anatomy. */
function useAwakeOnMouseMove() {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timer = 0;
    const wake = () => {
      bar.current?.classList.add('is-awake');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => bar.current?.classList.remove('is-awake'), AWAKE_MS);
    };
    window.addEventListener('pointermove', wake);
    return () => {
      window.removeEventListener('pointermove', wake);
      window.clearTimeout(timer);
    };
  }, []);
  return bar;
}

/** The presentation's buttons for the mouse, in a corner; hidden until the mouse moves or a button has focus. */
export function PresenterControls() {
  const t = useT();
  const bar = useAwakeOnMouseMove();
  const pointer = usePresenter((s) => s.pointer);
  const drawing = usePresenter((s) => s.drawing);
  const autoplay = usePresenter((s) => s.autoplay);
  const p = getPresenter;
  return (
    <div ref={bar} className="presenter-controls" role="toolbar" aria-label={t('present')}>
      <button type="button" onClick={() => p().previous()}>
        {t('previous')}
      </button>
      <button type="button" onClick={() => p().next()}>
        {t('next')}
      </button>
      <button type="button" aria-pressed={pointer} onClick={() => p().togglePointer()}>
        {t('pointer')}
      </button>
      <button type="button" aria-pressed={drawing} onClick={() => p().toggleDrawing()}>
        {t('draw')}
      </button>
      <button type="button" onClick={() => p().clearDrawing()}>
        {t('clearDrawing')}
      </button>
      <button
        type="button"
        aria-pressed={autoplay}
        title={t('autoplay')}
        onClick={() => p().toggleAutoplay()}
      >
        {autoplay ? t('pause') : t('play')}
      </button>
      <button type="button" onClick={openPresenterView}>
        {t('openPresenterView')}
      </button>
      <button type="button" onClick={endPresentation}>
        {t('exitPresentation')}
      </button>
    </div>
  );
}
