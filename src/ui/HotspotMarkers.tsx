import { useEffect, useRef } from 'react';
import './callouts.css';
import { type ConditionId, conditions } from '../content';
import { overlay } from '../state/overlay';
import { useViewer } from '../state/store';
import { useT } from '../state/useT';
import { type CalloutElements, drawCallouts } from './calloutDom';

/**
 * One marker per condition over the 3D view: real buttons that carry the condition's name, joined by a
 * line to its spot and laid out so none covers another, in the order of the condition list for Tab.
 * The scene says where each spot is (scene/HotspotProjector.tsx); a marker whose spot is behind bone
 * gets a dashed border and leader, and "(behind)" after its name, but stays as clear and usable as the
 * rest: in a still picture a dashed leader alone seemed to point at the front of the bone. Shown in the
 * overview only: in a condition its own callouts tell the story, and in the split comparison markers
 * would sit in the wrong half.
 */
export function HotspotMarkers() {
  const t = useT();
  const places = useViewer((s) => s.modelConditions);
  const lang = useViewer((s) => s.lang);
  const selected = useViewer((s) => s.selected);
  const ready = useViewer((s) => s.sceneState === 'ready');
  const layer = useRef<HTMLDivElement>(null);
  const parts = useRef(new Map<ConditionId, Partial<CalloutElements>>());
  const overviewShown = selected === null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language changes the markers' widths.
  useEffect(() => {
    if (!ready) return;
    const draw = () => {
      const holder = layer.current;
      if (!holder) return;
      const callouts = overlay.getState().markers.flatMap((spot) => {
        const { box, leader } = parts.current.get(spot.id) ?? {};
        if (!box || !leader) return [];
        box.classList.toggle('behind', spot.behind);
        leader.classList.toggle('behind', spot.behind);
        return [
          {
            box,
            leader,
            anchorX: spot.anchorX,
            anchorY: spot.anchorY,
            shown: spot.onScreen && overviewShown,
          },
        ];
      });
      drawCallouts(holder, callouts);
    };
    draw();
    return overlay.subscribe((state, previous) => {
      if (state.markers !== previous.markers) draw();
    });
  }, [ready, overviewShown, lang]);

  const element = (id: ConditionId, key: keyof CalloutElements) => (el: HTMLElement | SVGGElement | null) => {
    const entry = parts.current.get(id) ?? {};
    if (el) Object.assign(entry, { [key]: el });
    else delete entry[key];
    parts.current.set(id, entry);
  };

  if (!ready) return null;
  const marked = conditions.filter((c) => places[c.id]);
  return (
    <div className="hotspot-layer" ref={layer}>
      <svg className="callout-leaders" aria-hidden="true">
        {marked.map((condition) => (
          <g
            key={condition.id}
            data-condition={condition.id}
            style={{ display: 'none' }}
            ref={element(condition.id, 'leader')}
          >
            <line />
            <circle r="4" />
          </g>
        ))}
      </svg>
      {marked.map((condition) => {
        const tipId = `hotspot-tip-${condition.id}`;
        return (
          <button
            key={condition.id}
            type="button"
            className="hotspot"
            data-condition={condition.id}
            aria-label={condition.name[lang]}
            aria-describedby={tipId}
            aria-current={selected === condition.id ? 'true' : undefined}
            hidden
            ref={element(condition.id, 'box')}
            onClick={() => useViewer.getState().select(condition.id)}
          >
            <span className="hotspot-name" aria-hidden="true">
              {condition.name[lang]}
            </span>
            <span className="hotspot-behind" aria-hidden="true">
              {t('markerBehind')}
            </span>
            <span className="hotspot-tip" id={tipId} role="tooltip">
              {condition.summary[lang]}
            </span>
          </button>
        );
      })}
    </div>
  );
}
