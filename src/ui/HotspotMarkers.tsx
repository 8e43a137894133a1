import { useEffect, useRef } from 'react';
import { type ConditionId, conditions } from '../content';
import { type MarkerPlacement, onMarkers } from '../scene/markerChannel';
import { useViewer } from '../state/store';

/** A marker moved this far from its spot gets a line back to it, so it still points at the right place. */
const LEADER_MIN_PX = 6;

function applyPlacement(
  placement: MarkerPlacement,
  button: HTMLButtonElement | undefined,
  leader: SVGGElement | undefined,
) {
  if (button) {
    button.style.transform = `translate(${placement.x}px, ${placement.y}px) translate(-50%, -50%)`;
    button.classList.toggle('behind', placement.behind);
    button.hidden = !placement.onScreen;
  }
  if (leader) {
    const moved = Math.hypot(placement.x - placement.anchorX, placement.y - placement.anchorY);
    leader.style.display = placement.onScreen && moved >= LEADER_MIN_PX ? '' : 'none';
    const [line, dot] = leader.children;
    line.setAttribute('x1', String(placement.anchorX));
    line.setAttribute('y1', String(placement.anchorY));
    line.setAttribute('x2', String(placement.x));
    line.setAttribute('y2', String(placement.y));
    dot.setAttribute('cx', String(placement.anchorX));
    dot.setAttribute('cy', String(placement.anchorY));
  }
}

/**
 * One marker per condition over the 3D view: real buttons named for the condition, in the order of the
 * condition list for Tab. The scene says where each goes (scene/HotspotProjector.tsx); markers whose
 * spot is behind bone fade but stay usable. Hidden during the split comparison, where they would sit
 * in the wrong half.
 */
export function HotspotMarkers() {
  const places = useViewer((s) => s.modelConditions);
  const lang = useViewer((s) => s.lang);
  const selected = useViewer((s) => s.selected);
  const ready = useViewer((s) => s.sceneState === 'ready');
  const comparing = useViewer((s) => s.compare && s.selected !== null);
  const buttons = useRef(new Map<ConditionId, HTMLButtonElement>());
  const leaders = useRef(new Map<ConditionId, SVGGElement>());
  const shown = ready && !comparing;

  useEffect(() => {
    if (!shown) return;
    return onMarkers((placements) => {
      for (const placement of placements) {
        applyPlacement(placement, buttons.current.get(placement.id), leaders.current.get(placement.id));
      }
    });
  }, [shown]);

  if (!shown) return null;
  const marked = conditions.filter((c) => places[c.id]);
  return (
    <div className="hotspot-layer">
      <svg className="hotspot-leaders" aria-hidden="true">
        {marked.map((condition) => (
          <g
            key={condition.id}
            className={selected === condition.id ? 'current' : undefined}
            style={{ display: 'none' }}
            ref={(g) => {
              if (g) leaders.current.set(condition.id, g);
              else leaders.current.delete(condition.id);
            }}
          >
            <line />
            <circle r="3" />
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
            ref={(button) => {
              if (button) buttons.current.set(condition.id, button);
              else buttons.current.delete(condition.id);
            }}
            onClick={() => useViewer.getState().select(condition.id)}
          >
            <span className="hotspot-dot" aria-hidden="true" />
            <span className="hotspot-tip" id={tipId} role="tooltip">
              <strong>{condition.name[lang]}</strong> {condition.summary[lang]}
            </span>
          </button>
        );
      })}
    </div>
  );
}
