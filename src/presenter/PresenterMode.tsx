import { useEffect } from 'react';
import { usePresenter, useViewer } from '../state/store';
import { useT } from '../state/useT';
import { Caption, StepCounter } from './Caption';
import { DrawingOverlay } from './DrawingOverlay';
import { PointerOverlay } from './PointerOverlay';
import { PresenterControls } from './PresenterControls';
import { useAutoplay } from './useAutoplay';
import './presenter.css';

/**
 * What the patient sees over the 3D view while presenting: the caption, a discreet step counter,
 * the pointer and drawing layers, a black screen on B, and a faint toolbar for the mouse.
 */
export function PresenterMode() {
  const t = useT();
  const blank = usePresenter((s) => s.blank);
  const pointer = usePresenter((s) => s.pointer);
  const blocked = useViewer((s) => s.notice === 'presenterBlocked');
  useAutoplay();
  useEffect(() => {
    document.body.classList.toggle('presenter-pointer-on', pointer);
    return () => document.body.classList.remove('presenter-pointer-on');
  }, [pointer]);

  return (
    <div className="presenter-mode" data-testid="presenter-mode">
      <DrawingOverlay />
      <StepCounter />
      <Caption />
      <PresenterControls />
      {blocked && (
        <p className="presenter-notice" role="alert">
          {t('presenterBlocked')}
        </p>
      )}
      {pointer && <PointerOverlay />}
      {blank && <div className="presenter-blank" data-testid="presenter-blank" />}
    </div>
  );
}
