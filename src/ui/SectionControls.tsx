import type { UiKey } from '../content';
import { nearestLevel, SECTION_RANGE, type SectionPlane, type SectionState } from '../state/section';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';

type T = ReturnType<typeof useT>;

/** Where the cut is, in words: the level it passes through, or how far from the middle. */
export function sectionPlace(section: SectionState, t: T): string {
  if (section.plane === 'axial') {
    const level = nearestLevel(section.position);
    return level.startsWith('disc_')
      ? t('sectionAtDisc', { level: level.slice(5).replace('_', '-') })
      : t('sectionAtVertebra', { level });
  }
  const mm = Math.round(section.position);
  if (mm === 0) return t('sectionMidline');
  return t(mm > 0 ? 'sectionLeft' : 'sectionRight', { mm: Math.abs(mm) });
}

const PLANES: Array<{ plane: SectionPlane; label: UiKey }> = [
  { plane: 'axial', label: 'sectionAxial' },
  { plane: 'sagittal', label: 'sectionSagittal' },
];

/**
 * The cross-section: on or off, across or lengthwise, where, and the MRI look with its one-line
 * explanation that it is a drawing, not the patient's scan.
 */
export function SectionControls() {
  const t = useT();
  const section = useViewer((s) => s.section);
  const mriLook = useViewer((s) => s.mriLook);
  const range = SECTION_RANGE[section.plane];
  const place = sectionPlace(section, t);
  const viewer = useViewer.getState;
  return (
    <fieldset className="section-controls">
      <legend>{t('crossSection')}</legend>
      <label className="compare-toggle">
        <input
          type="checkbox"
          checked={section.on}
          onChange={(e) => viewer().setSectionOn(e.currentTarget.checked)}
        />
        {t('showCrossSection')}
      </label>
      {section.on && (
        <>
          <div className="section-planes" role="radiogroup" aria-label={t('sectionPlane')}>
            {PLANES.map(({ plane, label }) => (
              <label key={plane}>
                <input
                  type="radio"
                  name="section-plane"
                  value={plane}
                  checked={section.plane === plane}
                  onChange={() => viewer().setSectionPlane(plane)}
                />
                {t(label)}
              </label>
            ))}
          </div>
          <input
            type="range"
            min={range.min}
            max={range.max}
            step={range.step}
            value={section.position}
            aria-label={t('moveSection')}
            aria-valuetext={place}
            onChange={(e) => viewer().setSectionPosition(Number(e.currentTarget.value))}
          />
          <p className="section-place">{place}</p>
          <label className="compare-toggle">
            <input
              type="checkbox"
              checked={mriLook}
              onChange={(e) => viewer().setMriLook(e.currentTarget.checked)}
            />
            {t('mriLook')}
          </label>
          {mriLook && <p className="mri-note">{t('mriNote')}</p>}
        </>
      )}
    </fieldset>
  );
}
