import { useViewer } from '../state/store';
import { useT } from '../state/useT';

/** The Healthy-Affected slider and Replay: the clinician shows the change at the patient's pace. */
export function PathologyControls() {
  const t = useT();
  const stage = useViewer((s) => s.stage);
  const compare = useViewer((s) => s.compare);
  return (
    <div className="pathology-controls">
      <label htmlFor="stage-slider" className="stage-label">
        <span>{t('healthy')}</span>
        <span>{t('affected')}</span>
      </label>
      <input
        id="stage-slider"
        type="range"
        min={0}
        max={100}
        step={1}
        value={Math.round(stage * 100)}
        aria-label={t('stage')}
        aria-valuetext={`${Math.round(stage * 100)}% ${t('affected')}`}
        onChange={(e) => useViewer.getState().setStage(Number(e.currentTarget.value) / 100)}
      />
      <button type="button" className="button" onClick={() => useViewer.getState().replay()}>
        {t('replay')}
      </button>
      <label className="compare-toggle">
        <input
          type="checkbox"
          checked={compare}
          onChange={(e) => useViewer.getState().setCompare(e.currentTarget.checked)}
        />
        {t('compare')}
      </label>
    </div>
  );
}
