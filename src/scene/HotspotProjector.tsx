import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type Mesh, Raycaster, Vector3 } from 'three';
import { CONDITION_IDS } from '../content';
import { type MarkerSpot, overlay } from '../state/overlay';
import { useViewer } from '../state/store';
import type { ModelPart } from './prepareModel';
import { useThrottledCheck } from './useThrottledCheck';

const ray = new Raycaster();
const spot = new Vector3();
const toSpot = new Vector3();
/** Spots closer than this to the view's edge, or under the view buttons at the bottom, get no marker. */
const EDGE_PX = 16;
const BOTTOM_BAR_PX = 64;

/**
 * Works out, on every drawn frame, where each condition's spot is on the screen (the spot the model
 * names, projected through the camera) and whether bone hides it, and hands that to the marker buttons
 * (plain DOM, ui/HotspotMarkers.tsx), which lay themselves out around it.
 */
export function HotspotProjector({ parts }: { parts: ModelPart[] }) {
  const places = useViewer((s) => s.modelConditions);
  const bones = useMemo(() => parts.filter((p) => p.layer === 'bones').map((p) => p.mesh as Mesh), [parts]);
  const behind = useRef(new Map<string, boolean>());
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);

  // New places, or a new view size, need one frame to place the markers.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the triggers, not inputs.
  useEffect(() => invalidate(), [places, size, invalidate]);
  useEffect(() => () => overlay.setState({ markers: [] }), []);

  /** Projects every spot and publishes it; raycasts for bone only when asked. */
  const place = (checkOcclusion: boolean) => {
    const visibleBones = checkOcclusion ? bones.filter((b) => b.visible) : [];
    const markers: MarkerSpot[] = [];
    for (const id of CONDITION_IDS) {
      const spotOnModel = places[id]?.hotspot;
      if (!spotOnModel) continue;
      spot.set(...spotOnModel);
      if (checkOcclusion) {
        toSpot.subVectors(spot, camera.position);
        const distance = toSpot.length();
        ray.set(camera.position, toSpot.normalize());
        ray.far = distance - 0.01;
        behind.current.set(id, ray.intersectObjects(visibleBones, false).length > 0);
      }
      spot.project(camera);
      const x = ((spot.x + 1) / 2) * size.width;
      const y = ((1 - spot.y) / 2) * size.height;
      const onScreen =
        spot.z < 1 &&
        x >= EDGE_PX &&
        x <= size.width - EDGE_PX &&
        y >= EDGE_PX &&
        y <= size.height - BOTTOM_BAR_PX;
      markers.push({ id, anchorX: x, anchorY: y, behind: behind.current.get(id) ?? false, onScreen });
    }
    overlay.setState({ markers });
  };

  const check = useThrottledCheck(place);
  useFrame((_, delta) => check(delta));
  return null;
}
