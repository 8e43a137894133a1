import { useEffect, useRef } from 'react';
import { conditionById, fill } from '../content';
import { overlay } from '../state/overlay';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { type CalloutElements, drawCallouts } from './calloutDom';

/**
 * The short callouts of a condition's teaching view ("Gel pushing out", "S1 nerve root"): real text over
 * the 3D view, joined by a line to the point of the model they name (scene/LabelProjector.tsx), laid out
 * clear of one another and of the diseased spot. Off with the Labels switch and in the split comparison.
 */
export function PictureLabels() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const selected = useViewer((s) => s.selected);
  const place = useViewer((s) => (s.selected ? s.modelConditions[s.selected] : undefined));
  const on = useViewer((s) => s.labelsShown && !s.compare && s.sceneState === 'ready');
  const layer = useRef<HTMLDivElement>(null);
  const parts = useRef<Partial<CalloutElements>[]>([]);
  const condition = selected ? conditionById(selected) : undefined;
  const labels = on && condition && place ? condition.labels : [];

  // Laid out again when the words change (another language, another grade): the boxes are measured,
  // and a still view sends no new anchors that would redraw them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: lang and place change the boxes' text
  useEffect(() => {
    if (labels.length === 0) return;
    const draw = () => {
      const holder = layer.current;
      if (!holder) return;
      const { anchors, culprit } = overlay.getState();
      // Callouts stay below the key to the dashed line (ViewKey), when it shows.
      const key = holder.parentElement?.querySelector<HTMLElement>('.view-key');
      const top = key ? key.offsetTop + key.offsetHeight + 6 : 0;
      const callouts = anchors.flatMap((anchor) => {
        const { box, leader } = parts.current[anchor.index] ?? {};
        if (!box || !leader) return [];
        return [{ box, leader, anchorX: anchor.x, anchorY: anchor.y, shown: anchor.onScreen }];
      });
      drawCallouts(holder, callouts, culprit ? [culprit] : [], top);
    };
    draw();
    return overlay.subscribe((state, previous) => {
      if (state.anchors !== previous.anchors || state.healthyEdge !== previous.healthyEdge) draw();
    });
  }, [labels, lang, place]);

  if (labels.length === 0) return null;
  const vars = { grade: place?.grade ?? '' };
  return (
    <div className="picture-labels" ref={layer}>
      <svg className="callout-leaders" aria-hidden="true">
        {labels.map((label, i) => (
          <g
            key={`${selected}-${label.at}`}
            style={{ display: 'none' }}
            ref={(g) => {
              parts.current[i] = { ...parts.current[i], leader: g ?? undefined };
            }}
          >
            <line />
            <circle r="4" />
          </g>
        ))}
      </svg>
      <ul aria-label={t('pictureLabels')}>
        {labels.map((label, i) => (
          <li
            key={`${selected}-${label.at}`}
            className="picture-label"
            data-at={label.at}
            hidden
            ref={(li) => {
              parts.current[i] = { ...parts.current[i], box: li ?? undefined };
            }}
          >
            {fill(label.text[lang], vars)}
          </li>
        ))}
      </ul>
    </div>
  );
}
