import { useViewer } from '../state/store';
import { useT } from '../state/useT';

/** Names the two halves of the split comparison. */
export function CompareLabels() {
  const t = useT();
  const on = useViewer((s) => s.compare && s.selected !== null && s.sceneState === 'ready');
  if (!on) return null;
  return (
    <div className="compare-labels" aria-hidden="true">
      <span>{t('healthy')}</span>
      <span>{t('affected')}</span>
    </div>
  );
}
