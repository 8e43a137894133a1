import type { UiKey } from '../content';
import { type CameraNudge, DOLLY_STEP, ROTATE_STEP } from '../state/cameraNudge';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';

const BUTTONS: { key: UiKey; symbol: string; nudge: CameraNudge }[] = [
  { key: 'rotateLeft', symbol: '⟲', nudge: { kind: 'rotate', azimuth: ROTATE_STEP, polar: 0 } },
  { key: 'rotateRight', symbol: '⟳', nudge: { kind: 'rotate', azimuth: -ROTATE_STEP, polar: 0 } },
  { key: 'rotateUp', symbol: '▲', nudge: { kind: 'rotate', azimuth: 0, polar: ROTATE_STEP } },
  { key: 'rotateDown', symbol: '▼', nudge: { kind: 'rotate', azimuth: 0, polar: -ROTATE_STEP } },
  { key: 'zoomIn', symbol: '+', nudge: { kind: 'dolly', amount: DOLLY_STEP } },
  { key: 'zoomOut', symbol: '−', nudge: { kind: 'dolly', amount: -DOLLY_STEP } },
];

/** Buttons to turn and zoom for those who cannot drag, the switch for the callouts, and Reset view. */
export function ViewButtons() {
  const t = useT();
  const labelsShown = useViewer((s) => s.labelsShown);
  const inCondition = useViewer((s) => s.selected !== null);
  return (
    <div className="view-buttons" role="toolbar" aria-label={t('viewControls')}>
      {BUTTONS.map((b) => (
        <button
          key={b.key}
          type="button"
          className="icon-button"
          aria-label={t(b.key)}
          title={t(b.key)}
          onClick={() => useViewer.getState().nudgeCamera(b.nudge)}
        >
          <span aria-hidden="true">{b.symbol}</span>
        </button>
      ))}
      {inCondition && (
        <button
          type="button"
          className="button"
          aria-pressed={labelsShown}
          onClick={() => useViewer.getState().setLabelsShown(!labelsShown)}
        >
          {t('showLabels')}
        </button>
      )}
      <button type="button" className="button" onClick={() => useViewer.getState().resetView()}>
        {t('resetView')}
      </button>
    </div>
  );
}
