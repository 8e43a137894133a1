import { useViewer } from '../state/store';
import { useT } from '../state/useT';

/** Loading progress, a failed load with Retry, a lost 3D context, or no WebGL at all. */
export function SceneMessages({ webgl, onRetry }: { webgl: boolean; onRetry: () => void }) {
  const t = useT();
  const sceneState = useViewer((s) => s.sceneState);
  const progress = useViewer((s) => s.loadProgress);

  if (!webgl) {
    return (
      <div className="scene-message" role="alert">
        <h2>{t('webglUnavailable')}</h2>
        <p>{t('webglUnavailableBody')}</p>
      </div>
    );
  }
  if (sceneState === 'error') {
    return (
      <div className="scene-message" role="alert">
        <p>{t('modelError')}</p>
        <button type="button" className="button primary" onClick={onRetry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (sceneState === 'context-lost') {
    return (
      <div className="scene-message" role="status">
        <p>{t('restoring3d')}</p>
      </div>
    );
  }
  if (sceneState === 'loading') {
    const percent = Math.round(progress * 100);
    return (
      <div className="scene-message loading">
        <p id="loading-label">{t('loadingModel')}</p>
        <progress aria-labelledby="loading-label" max={100} value={percent} />
      </div>
    );
  }
  return null;
}
