import { useStore } from 'zustand';
import { overlay } from '../state/overlay';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';

/** Says what the dashed line on a cut means, while the cut shows one. */
export function HealthyEdgeKey() {
  const t = useT();
  const shown = useStore(overlay, (s) => s.healthyEdge);
  // Below the names of the two halves when the view is split.
  const split = useViewer((s) => s.compare && s.selected !== null);
  if (!shown) return null;
  return (
    <p className={split ? 'healthy-edge-key below-compare' : 'healthy-edge-key'}>
      <span className="healthy-edge-dash" aria-hidden="true" />
      {t('healthyEdgeKey')}
    </p>
  );
}
