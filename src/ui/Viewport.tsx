import { type KeyboardEvent, lazy, Suspense, useState } from 'react';
import { hasWebGL2 } from '../lib/webgl';
import { nudgeCamera, nudgeForKey } from '../scene/cameraNudge';
import { useViewer } from '../state/store';
import { CompareLabels } from './CompareLabels';
import { HotspotMarkers } from './HotspotMarkers';
import { HoverLabel } from './HoverLabel';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { SceneMessages } from './SceneMessages';
import { useRemountWhenContextStaysLost } from './useRemountWhenContextStaysLost';
import { useT } from './useT';
import { ViewButtons } from './ViewButtons';

// The 3D code loads after the text interface, so patients can read while the model arrives.
const Scene = lazy(() => import('../scene/Scene'));

function onViewKey(event: KeyboardEvent<HTMLElement>) {
  if (event.target !== event.currentTarget) return;
  const nudge = nudgeForKey(event.key);
  if (!nudge) return;
  event.preventDefault();
  nudgeCamera(nudge);
}

/** The 3D view with its messages and view buttons; `data-scene-state` always tells its true state. */
export function Viewport() {
  const t = useT();
  const [webgl] = useState(hasWebGL2);
  const [attempt, setAttempt] = useState(0);
  const sceneState = useViewer((s) => s.sceneState);
  const retry = () => {
    useViewer.getState().setSceneState('loading');
    setAttempt((n) => n + 1);
  };
  useRemountWhenContextStaysLost(sceneState, retry);

  return (
    <section
      className="viewport"
      data-scene-state={webgl ? sceneState : 'error'}
      aria-label={t('sceneLabel')}
      aria-describedby="scene-description"
    >
      <p id="scene-description" className="sr-only">
        {t('sceneDescription')}
      </p>
      {webgl && (
        <div
          className="canvas-holder"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the 3D view takes arrow keys to orbit, so it must be focusable.
          tabIndex={0}
          role="application"
          aria-label={t('viewportKeysHint')}
          onKeyDown={onViewKey}
        >
          <SceneErrorBoundary key={attempt}>
            <Suspense fallback={null}>
              <Scene attempt={attempt} />
            </Suspense>
          </SceneErrorBoundary>
        </div>
      )}
      <HotspotMarkers />
      <SceneMessages webgl={webgl} onRetry={retry} />
      <HoverLabel />
      <CompareLabels />
      {webgl && sceneState === 'ready' && <ViewButtons />}
    </section>
  );
}
