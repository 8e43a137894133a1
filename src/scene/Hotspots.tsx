import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useMemo, useRef } from 'react';
import { type Mesh, Raycaster, Vector3 } from 'three';
import { conditions } from '../content';
import { useViewer } from '../state/store';
import type { ModelPart } from './prepareModel';

const ray = new Raycaster();
const toMarker = new Vector3();
const marker = new Vector3();
/** How often, at most, markers check whether bone hides them: raycasts are costly on a laptop. */
const OCCLUSION_INTERVAL_S = 0.25;

/**
 * One marker per condition, a real button placed in 3D at the spot the model names. Markers behind
 * bone fade but stay clickable and focusable; Tab follows the order of the condition list.
 */
export function Hotspots({ parts, layer }: { parts: ModelPart[]; layer: RefObject<HTMLElement | null> }) {
  const places = useViewer((s) => s.modelConditions);
  const lang = useViewer((s) => s.lang);
  const selected = useViewer((s) => s.selected);
  const bones = useMemo(() => parts.filter((p) => p.layer === 'bones').map((p) => p.mesh as Mesh), [parts]);
  const hidden = useRef(new Map<string, boolean>());
  const elements = useRef(new Map<string, HTMLElement>());
  const sinceCheck = useRef(OCCLUSION_INTERVAL_S);
  const camera = useThree((s) => s.camera);

  useFrame((_, delta) => {
    sinceCheck.current += delta;
    if (sinceCheck.current < OCCLUSION_INTERVAL_S) return;
    sinceCheck.current = 0;
    for (const condition of conditions) {
      const place = places[condition.id];
      const element = elements.current.get(condition.id);
      if (!place || !element) continue;
      marker.set(...place.hotspot);
      toMarker.subVectors(marker, camera.position);
      const distance = toMarker.length();
      ray.set(camera.position, toMarker.normalize());
      ray.far = distance - 0.01;
      const behind =
        ray.intersectObjects(
          bones.filter((b) => b.visible),
          false,
        ).length > 0;
      if (hidden.current.get(condition.id) !== behind) {
        hidden.current.set(condition.id, behind);
        element.classList.toggle('behind', behind);
      }
    }
  });

  return (
    <>
      {conditions.map((condition) => {
        const place = places[condition.id];
        if (!place) return null;
        const tipId = `hotspot-tip-${condition.id}`;
        return (
          <Html
            key={condition.id}
            position={place.hotspot}
            portal={layer as RefObject<HTMLElement>}
            zIndexRange={[30, 10]}
          >
            <button
              type="button"
              className="hotspot"
              data-condition={condition.id}
              aria-label={condition.name[lang]}
              aria-describedby={tipId}
              aria-current={selected === condition.id ? 'true' : undefined}
              ref={(element) => {
                if (element) elements.current.set(condition.id, element);
                else elements.current.delete(condition.id);
              }}
              onClick={() => useViewer.getState().select(condition.id)}
            >
              <span className="hotspot-dot" aria-hidden="true" />
              <span className="hotspot-tip" id={tipId} role="tooltip">
                <strong>{condition.name[lang]}</strong> {condition.summary[lang]}
              </span>
            </button>
          </Html>
        );
      })}
    </>
  );
}
