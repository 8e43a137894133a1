import { conditionById } from '../content';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';

/** Tells screen-reader users what changed: the model loading, and each selection. */
export function StatusAnnouncer() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const sceneState = useViewer((s) => s.sceneState);
  const selected = useViewer((s) => s.selected);
  let message = '';
  if (sceneState === 'loading') message = t('loadingModel');
  else if (sceneState === 'context-lost') message = t('restoring3d');
  else if (selected) message = t('selectedItem', { name: conditionById(selected)?.name[lang] ?? '' });
  else if (sceneState === 'ready') message = t('modelReady');
  return (
    <div className="sr-only" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
