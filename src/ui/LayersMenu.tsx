import type { LayerMode } from '../content';
import { ALL_SHOWN, type LayerName, useViewer } from '../state/store';
import { useT } from '../state/useT';

const MODES: LayerMode[] = ['shown', 'translucent', 'hidden'];
/** Each layer and the ways it can be drawn: the skin outline is never solid, it would hide everything. */
const LAYERS: [LayerName, LayerMode[]][] = [
  ['bones', MODES],
  ['discs', MODES],
  ['muscles', MODES],
  ['nerves', MODES],
  ['gluteus', MODES],
  ['skin', ['translucent', 'hidden']],
];

/** Show, hide or see through each kind of tissue; "X-ray" makes bone see-through in one step. */
export function LayersMenu() {
  const t = useT();
  const layers = useViewer((s) => s.layers);
  const { setLayer } = useViewer.getState();
  return (
    <details className="menu layers-menu">
      <summary className="button">{t('layers')}</summary>
      <div className="menu-body">
        {LAYERS.map(([layer, modes]) => (
          <fieldset key={layer} className="layer">
            <legend>{t(layer)}</legend>
            {modes.map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name={`layer-${layer}`}
                  value={mode}
                  checked={layers[layer] === mode}
                  onChange={() => setLayer(layer, mode)}
                />
                {t(mode)}
              </label>
            ))}
          </fieldset>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            useViewer.getState().setLayers({
              bones: 'translucent',
              discs: 'translucent',
              muscles: 'translucent',
              nerves: 'shown',
            })
          }
        >
          {t('xray')}
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={() => useViewer.getState().setLayers(ALL_SHOWN)}
        >
          {t('showAll')}
        </button>
      </div>
    </details>
  );
}
