import { type KeyboardEvent, useEffect, useState } from 'react';
import { downloadModel } from '../lib/modelDownload';
import { useSettled } from '../lib/useSettled';
import { mayHaveWebGL2, WebGL2Unavailable } from '../lib/webgl';
import { chosenModelUrl, sceneCode } from '../scene/preload';
import { nudgeForKey } from '../state/cameraNudge';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { CompareLabels } from './CompareLabels';
import { HotspotMarkers } from './HotspotMarkers';
import { HoverLabel } from './HoverLabel';
import { PictureLabels } from './PictureLabels';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { SceneMessages } from './SceneMessages';
import { useRemountWhenContextStaysLost } from './useRemountWhenContextStaysLost';
import { ViewButtons } from './ViewButtons';
import { ViewKey } from './ViewKey';

/**
 * The 3D view once its code has arrived. The code is a chunk of its own, so patients can read while it and
 * the model arrive; the entry module has usually asked for both already (scene/preload.ts).
 */
function SceneWhenLoaded({ attempt }: { attempt: number }) {
  const code = useSettled(sceneCode());
  return code && <code.default attempt={attempt} />;
}

function onViewKey(event: KeyboardEvent<HTMLElement>) {
  if (event.target !== event.currentTarget) return;
  const nudge = nudgeForKey(event.key);
  if (!nudge) return;
  event.preventDefault();
  useViewer.getState().nudgeCamera(nudge);
}

/** The 3D view with its messages and view buttons; `data-scene-state` always tells its true state. */
export function Viewport() {
  const t = useT();
  // Until the scene's own context says otherwise (see lib/webgl.ts).
  const [webgl, setWebgl] = useState(mayHaveWebGL2);
  const [attempt, setAttempt] = useState(0);
  const sceneState = useViewer((s) => s.sceneState);
  // The model's download share, shown while the 3D code may still be on its way.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a retry (attempt) starts a new download to follow.
  useEffect(() => {
    if (!webgl) return;
    return downloadModel(chosenModelUrl()).onProgress((share) => useViewer.getState().setLoadProgress(share));
  }, [webgl, attempt]);
  const onSceneError = (error: unknown) => {
    if (error instanceof WebGL2Unavailable) setWebgl(false);
  };
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
          <SceneErrorBoundary key={attempt} onError={onSceneError}>
            <SceneWhenLoaded attempt={attempt} />
          </SceneErrorBoundary>
        </div>
      )}
      <HotspotMarkers />
      <PictureLabels />
      <SceneMessages webgl={webgl} onRetry={retry} />
      <HoverLabel />
      <CompareLabels />
      <ViewKey />
      {webgl && sceneState === 'ready' && <ViewButtons />}
    </section>
  );
}
