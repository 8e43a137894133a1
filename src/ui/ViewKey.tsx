import { useStore } from 'zustand';
import { overlay } from '../state/overlay';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';

/**
 * The picture's key: what the dashed line on a cut means, in the view's top left corner while the cut
 * shows one; and what the nerve colours mean, in the bottom left corner (beside the view buttons, where
 * no callout goes) while a condition's callouts show.
 */
export function ViewKey() {
  const t = useT();
  const edge = useStore(overlay, (s) => s.healthyEdge);
  const nerves = useViewer((s) => s.selected !== null && s.labelsShown && s.sceneState === 'ready');
  // Below the names of the two halves when the view is split.
  const split = useViewer((s) => s.compare && s.selected !== null);
  return (
    <>
      {edge && (
        <p className={split ? 'view-key below-compare' : 'view-key'}>
          <span className="key-swatch healthy-edge-dash" aria-hidden="true" />
          {t('healthyEdgeKey')}
        </p>
      )}
      {nerves && (
        <ul className="nerve-key">
          <li>
            <span className="key-swatch pressed-nerve" aria-hidden="true" />
            {t('keyPressedNerve')}
          </li>
          <li>
            <span className="key-swatch healthy-nerve" aria-hidden="true" />
            {t('keyHealthyNerve')}
          </li>
        </ul>
      )}
    </>
  );
}
